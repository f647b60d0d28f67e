/**
 * The core's refusals (AdvisoryError 'invalid' with message keys per field) as messages beside
 * the form's own fields. The core names fields as its validator sees them; a few sit on another
 * field of the form (the place error on the address, the weekday rule on the weekday boxes).
 */
import { type Locale, type MessageKey, t } from '../../i18n';
import { da } from '../../i18n/messages';
import type { FieldErrors } from '../forms/validate';

/** What the pages need of an AdvisoryError (kept structural, so this module stays pure). */
export interface CoreRefusal {
  fields: Record<string, string>;
  params?: Record<string, Record<string, string | number>>;
}

/** Where the form shows a core field's message; `repeat` says which weekday field the rule came from. */
function formField(core: string, repeat: string | undefined): string {
  switch (core) {
    case 'place':
      return 'address';
    case 'point':
      return 'latitude';
    case 'district':
      return 'districtId';
    case 'hosts':
      return 'hostAdministrationIds';
    case 'terms':
      return 'termIds';
    case 'byday':
      return repeat === 'monthly' ? 'monthDay' : 'weekdays';
    default:
      return core;
  }
}

/** The refusal's messages by form field, in the page's language. An unknown key gets a general "check the field". */
export function coreFieldErrors(refusal: CoreRefusal, locale: Locale, repeat?: string): FieldErrors {
  const translate = t as (locale: Locale, key: MessageKey, params?: Record<string, string | number>) => string;
  const errors: FieldErrors = {};
  for (const [field, key] of Object.entries(refusal.fields)) {
    const known = Object.hasOwn(da, key);
    const params = refusal.params?.[field];
    // A message with a {count} needs its number; without it the general text is clearer than a gap.
    const usable = known && (params !== undefined || !/\{\w+\}/.test(JSON.stringify(da[key as keyof typeof da])));
    errors[formField(field, repeat)] ??= usable ? translate(locale, key as MessageKey, params) : t(locale, 'advisoryHost.error.invalid');
  }
  return errors;
}
