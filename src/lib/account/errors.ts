/**
 * Errors of accounts and invitations. Each carries the catalogue key of what the user should read
 * (Danish and English in src/i18n/areas/accounts.ts); pages map them to that message, logs keep
 * the detail in `message`.
 */
export type AccountErrorKey =
  | 'invite.error.alreadyMember'
  | 'invite.error.notMemberRole'
  | 'members.lastMember'
  | 'members.notMember'
  | 'invitation.invalid.unknown'
  | 'invitation.invalid.expired'
  | 'invitation.invalid.accepted'
  | 'invitation.invalid.revoked';

/** Base class: `messageKey` is what the user reads; `message` is for the log. */
export class AccountError extends Error {
  constructor(
    readonly messageKey: AccountErrorKey,
    detail: string,
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/** The e-mail is a member of the association already: nothing to invite. */
export class AlreadyMember extends AccountError {
  constructor(detail: string) {
    super('invite.error.alreadyMember', detail);
  }
}

/** Staff, coordinators and admins act for the municipality; they cannot also act for an association. */
export class NotMemberRole extends AccountError {
  constructor(detail: string) {
    super('invite.error.notMemberRole', detail);
  }
}

/** An association without members cannot keep its listings current, nor invite anyone again. */
export class LastMember extends AccountError {
  constructor(detail: string) {
    super('members.lastMember', detail);
  }
}

/** The person was removed meanwhile (by someone else, in another tab). */
export class NotAMember extends AccountError {
  constructor(detail: string) {
    super('members.notMember', detail);
  }
}

export type InvitationProblem = 'unknown' | 'expired' | 'accepted' | 'revoked';

/** The invitation link cannot be used (any more). */
export class InvitationUnusable extends AccountError {
  constructor(readonly problem: InvitationProblem) {
    super(`invitation.invalid.${problem}`, `invitation is ${problem}`);
  }
}

/** The invitation is for another e-mail than the one logged in. */
export class WrongInvitee extends Error {
  constructor() {
    super('the invitation is for another e-mail');
    this.name = 'WrongInvitee';
  }
}

/** An account with the invited e-mail exists: its owner must log in rather than create a second one. */
export class AccountExists extends Error {
  constructor() {
    super('an account with the invited e-mail exists');
    this.name = 'AccountExists';
  }
}
