/**
 * Errors of the administration of the portal. Each names the form field it belongs to and the
 * catalogue key (`admin.error.*`) of the message shown beside it; logs keep the detail.
 */
export type AdminErrorKey =
  | 'admin.error.emailTaken'
  | 'admin.error.abbreviationTaken'
  | 'admin.error.slugTaken'
  | 'admin.error.selfDemotion'
  | 'admin.error.selfDisable'
  | 'admin.error.unknownAdministration'
  | 'admin.error.unknownAssociation'
  | 'admin.error.termInUse'
  | 'admin.error.notFound';

/**
 * Base class: `field` is the id of the control the message is shown beside (and the error summary
 * links to): a form field, or the button of the action refused (`disable`, `delete`).
 */
export class AdminError extends Error {
  constructor(
    readonly messageKey: AdminErrorKey,
    readonly field: string,
    detail: string,
    /** Values for the message's placeholders, e.g. `{ count }`. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/** Another user already has this e-mail address (addresses are compared lower-cased). */
export class EmailTaken extends AdminError {
  constructor(email: string) {
    super('admin.error.emailTaken', 'email', `e-mail already in use: ${email.length} chars`);
  }
}

/** An admin tried to take away their own admin role or to disable themselves: nobody could undo it. */
export class SelfChangeRefused extends AdminError {
  constructor(what: 'demote' | 'disable') {
    super(what === 'demote' ? 'admin.error.selfDemotion' : 'admin.error.selfDisable', what === 'demote' ? 'role' : 'disable', `admin tried to ${what} themselves`);
  }
}

/** The term is used by activities; deleting it would silently remove it from them. */
export class TermInUse extends AdminError {
  constructor(count: number) {
    super('admin.error.termInUse', 'delete', `term used by ${count} activities`, { count });
  }
}

/** The thing to change does not exist (any more). Pages answer 404. */
export class AdminNotFound extends AdminError {
  constructor(what: string) {
    super('admin.error.notFound', 'form', `${what} not found`);
  }
}
