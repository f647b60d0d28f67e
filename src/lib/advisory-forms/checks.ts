/**
 * Small pieces the session form's readers share: the translator they write messages with, and
 * how a text field is read (trimmed, empty as null, too long as an error).
 */
import { type Locale, translator } from '../../i18n';
import type { FieldErrors } from '../forms/validate';

export type Tr = ReturnType<typeof translator>;

/** What a reader gives back: the value it could read and the messages of what it could not. */
export interface Reading<T> {
  value: T;
  errors: FieldErrors;
}

/** A reader's toolkit for one form in one language. */
export function checks(locale: Locale, values: Record<string, string>) {
  const tr = translator(locale);
  const errors: FieldErrors = {};
  /** Records the first problem of a field (the one the person fixes first). */
  const fail = (field: string, message: string) => {
    errors[field] ??= message;
  };
  /** A trimmed text, null when empty; longer than `max` is an error beside the field. */
  const text = (field: string, max: number): string | null => {
    const value = (values[field] ?? '').trim();
    if (value.length > max) fail(field, tr('advisoryHost.error.tooLong', { max }));
    return value === '' ? null : value;
  };
  return { tr, errors, fail, text };
}
