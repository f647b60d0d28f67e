import type { Locale } from '../../i18n';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';

/** What went wrong, as the pages map it: not_found 404, not_allowed 403, invalid 400, the rest 409. */
export type AdvisoryErrorCode =
  | 'not_found' // unknown session/booking, or not visible to the actor (never say which)
  | 'not_allowed' // 403
  | 'closed' // session started, ended or cancelled: no booking/cancel
  | 'full' // no seat and no waiting list
  | 'already_booked' // an active booking with the same e-mail on this session
  | 'invalid'; // input refused by the core (the pages validate first; field errors in `fields`)

/** Values for the placeholders of a field's message, e.g. `{ count: 7 }` for "7 have booked". */
export type FieldParams = Record<string, string | number>;

/**
 * Typed errors with message keys (`advisory.error.<code>`), mapped to 400/403/404/409 by the pages.
 * `fields` maps a field name (see validate.ts) to the message key that explains what to fix;
 * `params` holds the placeholders of those messages that have any.
 */
export class AdvisoryError extends Error {
  constructor(
    readonly code: AdvisoryErrorCode,
    readonly fields: Record<string, string> = {},
    readonly params: Record<string, FieldParams> = {},
  ) {
    super(`advisory: ${code}`);
    this.name = 'AdvisoryError';
  }
}

/** The HTTP status a page answers an AdvisoryError with. */
export function advisoryStatus(error: AdvisoryError): 400 | 403 | 404 | 409 {
  switch (error.code) {
    case 'invalid':
      return 400;
    case 'not_allowed':
      return 403;
    case 'not_found':
      return 404;
    default:
      return 409;
  }
}

/** The error's field messages in a language, ready to show beside the fields: `{ capacity: "Der er allerede 7 …" }`. */
export function advisoryFieldMessages(error: AdvisoryError, locale: Locale): Record<string, string> {
  const translate = t as (locale: Locale, key: MessageKey, params?: FieldParams) => string;
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, key]) => [field, translate(locale, key as MessageKey, error.params[field])]),
  );
}

/** The error's own sentence (`advisory.error.<code>`), for a notice or the error summary. */
export function advisoryErrorMessage(error: AdvisoryError, locale: Locale): string {
  return t(locale, `advisory.error.${error.code}`);
}
