/**
 * Why a grant could not be saved or deleted. Each carries the catalogue key of what the user
 * sees and, where it belongs to a field, the field's name; the message is the detail for logs.
 */
import type { PlainMessageKey } from '../../i18n';

export class GrantError extends Error {
  constructor(
    readonly status: 403 | 404 | 409 | 400,
    readonly messageKey: PlainMessageKey | null,
    readonly field: string | null,
    detail: string,
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/** The grant does not exist (any more). */
export class GrantNotFound extends GrantError {
  constructor(id: string) {
    super(404, null, null, `grant ${id} not found`);
  }
}

/** The user may not record grants for this administration. */
export class GrantForbidden extends GrantError {
  constructor(administrationId: string) {
    super(403, null, null, `may not manage grants of administration ${administrationId}`);
  }
}

/** Someone else changed the grant since the form was opened. */
export class GrantConflict extends GrantError {
  constructor(id: string) {
    super(409, 'grants.error.conflict', null, `grant ${id} changed meanwhile`);
  }
}

/** The chosen association is not in the directory (deleted meanwhile, or a crafted form). */
export class UnknownAssociation extends GrantError {
  constructor(id: string) {
    super(400, 'grants.error.unknownAssociation', 'associationId', `association ${id} not found`);
  }
}

/** The chosen administration does not exist. */
export class UnknownAdministration extends GrantError {
  constructor(id: string) {
    super(400, 'grants.error.unknownAdministration', 'administrationId', `administration ${id} not found`);
  }
}
