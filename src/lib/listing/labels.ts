import { type Locale, type MessageKey, t } from '../../i18n';
import type { FieldKey, ListingKind } from './values';

/** The catalogue key of a field's label: `review.field.<kind>.<field>`, or `review.field.status`. */
export function fieldLabelKey(kind: ListingKind, key: FieldKey): MessageKey {
  return (key === 'status' ? 'review.field.status' : `review.field.${kind}.${key}`) as MessageKey;
}

/**
 * The label of a field in the locale, e.g. "Tidspunkter" for the schedules of an activity. Used by
 * the review, the edit forms' notices, the history and the e-mails, so that a field has one name.
 */
export function fieldLabel(locale: Locale, kind: ListingKind, key: FieldKey): string {
  return t(locale, fieldLabelKey(kind, key) as 'review.field.status');
}

/** Labels of several fields as one readable list: "Tidspunkter, Pris". */
export function fieldLabels(locale: Locale, kind: ListingKind, keys: readonly FieldKey[]): string {
  return keys.map((key) => fieldLabel(locale, kind, key)).join(', ');
}
