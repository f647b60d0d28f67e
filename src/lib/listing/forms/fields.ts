/**
 * Zod building blocks for the edit forms: each takes the text a person typed (trimmed; a missing
 * field reads as empty) and gives a stored value or one plain message in the reader's language.
 * Lenient where people differ ("25,50", "9.30", "12345678"), strict where the database is.
 */
import { z } from 'zod';
import type { translator } from '../../../i18n';

export type Tr = ReturnType<typeof translator>;

type Check<T> = { value: T } | { error: string };

/** A zod field from a plain check function: one message, on this field, or the value. */
export function field<T>(check: (value: string) => Check<T>) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      // Browsers send line breaks in a textarea as CRLF; stored text has LF, and must not look changed.
      const result = check((raw ?? '').replace(/\r\n?/g, '\n').trim());
      if ('error' in result) {
        ctx.addIssue({ code: 'custom', message: result.error });
        return z.NEVER;
      }
      return result.value;
    });
}

/** Checked values of a checkbox group (absent when nothing is ticked). */
export const checkedValues = z
  .array(z.string())
  .optional()
  .transform((v) => v ?? []);

/** Text that must be given, at most `max` characters. */
export function requiredText(tr: Tr, label: string, max: number) {
  return field<string>((v) => {
    if (!v) return { error: tr('edit.error.required', { field: label }) };
    if (v.length > max) return { error: tr('edit.error.tooLong', { field: label, max }) };
    return { value: v };
  });
}

/** Text that may be left empty (stored as null), at most `max` characters. */
export function optionalText(tr: Tr, label: string, max: number) {
  return field<string | null>((v) => (v.length > max ? { error: tr('edit.error.tooLong', { field: label, max }) } : { value: v || null }));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** An e-mail address, or null when empty. */
export function optionalEmail(tr: Tr) {
  return field<string | null>((v) => {
    if (!v) return { value: null };
    return EMAIL.test(v) && v.length <= 254 ? { value: v } : { error: tr('edit.error.email') };
  });
}

/**
 * A phone number, or null when empty: eight digits (Danish, with or without +45 and spaces) or a
 * foreign number with its country code. Kept as typed (spaces tidied), because rewriting stored
 * numbers into one style would make every save look like a change to the reviewer.
 */
export function optionalPhone(tr: Tr) {
  return field<string | null>((v) => {
    if (!v) return { value: null };
    const compact = v.replace(/[\s-]/g, '');
    const valid = /^(?:\+45|0045)?\d{8}$/.test(compact) || /^(\+|00)\d{7,15}$/.test(compact);
    return valid ? { value: v.replace(/\s+/g, ' ') } : { error: tr('edit.error.phone') };
  });
}

/** A web address; "forening.dk" gets "https://" in front, because that is what people mean. */
export function optionalWebsite(tr: Tr) {
  return field<string | null>((v) => {
    if (!v) return { value: null };
    const withScheme = /^[a-z]+:\/\//i.test(v) ? v : `https://${v}`;
    try {
      const url = new URL(withScheme);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && withScheme.length <= 500) {
        return { value: withScheme };
      }
    } catch {
      // Falls through to the message.
    }
    return { error: tr('edit.error.website') };
  });
}

/** A whole number in a range, or null when empty. */
export function optionalWholeNumber(message: string, min: number, max: number) {
  return field<number | null>((v) => {
    if (!v) return { value: null };
    if (!/^\d{1,4}$/.test(v)) return { error: message };
    const n = Number(v);
    return n >= min && n <= max ? { value: n } : { error: message };
  });
}

/** One of the given values (radio buttons, selects); `fallback` when nothing was chosen, if given. */
export function oneOf<T extends string>(values: readonly T[], message: string, fallback?: T) {
  return field<T>((v) => {
    if (v === '' && fallback !== undefined) return { value: fallback };
    return (values as readonly string[]).includes(v) ? { value: v as T } : { error: message };
  });
}

/** A ticked checkbox sends its value; an unticked one sends nothing. */
export const ticked = z
  .string()
  .optional()
  .transform((v) => v !== undefined && v !== '');

/** A field value in a cross-field check: undefined when the field has its own message already. */
export type Checked<T> = { [K in keyof T]: T[K] | undefined };

/**
 * Checks that involve several fields (closes after opens, a price when not free). They run even
 * when other fields have messages, so that a person sees every problem after one try, not one
 * round at a time; a field with its own message arrives as undefined and is left alone.
 */
export function crossCheck<T extends object>(check: (value: Checked<T>, issue: (path: string, message: string) => void) => void) {
  return z.superRefine<T>(
    (value, ctx) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      const clean = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === z.NEVER ? undefined : v])) as Checked<T>;
      check(clean, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message }));
    },
    { when: () => true },
  );
}
