/**
 * The core's AdvisoryError as a page answers it: field errors (400), a capacity below the seats
 * already booked (409, beside the capacity), a closed session (409, above the form), not allowed
 * (403) and not found (404). Anything else is not ours to explain and is thrown on.
 */
import { type Locale, t } from '../../i18n';
import { AdvisoryError } from '../../lib/advisory';
import { coreFieldErrors } from '../../lib/advisory-forms';
import type { FieldErrors } from '../../lib/forms/validate';
import type { Notice } from './notices';

export interface Refusal {
  status: 400 | 403 | 404 | 409;
  errors: FieldErrors;
  notices: Notice[];
}

/** Whether an error is the core's. */
export function isAdvisoryError(error: unknown): error is AdvisoryError {
  return error instanceof AdvisoryError;
}

export function refusalOf(error: unknown, locale: Locale, repeat?: string): Refusal {
  if (!isAdvisoryError(error)) throw error;
  switch (error.code) {
    case 'invalid': {
      const errors = coreFieldErrors(error, locale, repeat);
      // Fewer seats than people already booked is a conflict with the bookings, not a typo.
      const belowBooked = /BelowBooked/i.test(error.fields.capacity ?? '');
      return { status: belowBooked ? 409 : 400, errors, notices: [] };
    }
    case 'not_allowed':
      return { status: 403, errors: {}, notices: [] };
    case 'not_found':
      return { status: 404, errors: {}, notices: [] };
    default:
      return { status: 409, errors: {}, notices: [{ kind: 'error', text: t(locale, 'advisoryHost.error.closed') }] };
  }
}
