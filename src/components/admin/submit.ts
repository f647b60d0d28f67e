/**
 * The one way an admin form is handled: parse the posted form with its schema, run the action,
 * and turn what went wrong (invalid fields, or an AdminError such as a taken e-mail) into messages
 * beside the fields, with the sent values to show the form again as it was sent.
 */
import type { z } from 'zod';
import { type Locale, type MessageKey, t } from '../../i18n';
import { AdminError, type AdminErrorKey } from '../../lib/admin';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';

export type Submission<R> =
  | { ok: true; result: R }
  | { ok: false; errors: FieldErrors; values: Record<string, string>; lists: Record<string, string[]> };

/** Fails to compile if an error key is missing from the catalogue. */
const catalogueKey = (key: AdminErrorKey): MessageKey => key;

/** The message of an AdminError in the page's language, with its placeholders filled in. */
export function adminErrorText(locale: Locale, error: AdminError): string {
  // The keys of AdminError take only the params the error carries (e.g. count, name).
  const translate = t as (l: Locale, k: MessageKey, p?: Record<string, string | number>) => string;
  return translate(locale, catalogueKey(error.messageKey), error.params);
}

/** Runs `act` with the parsed form, or says what is wrong. Errors other than AdminError are thrown on. */
export async function submitForm<S extends z.ZodType, R>(
  form: FormData,
  locale: Locale,
  schema: S,
  act: (data: z.infer<S>) => Promise<R>,
  multi: string[] = [],
): Promise<Submission<R>> {
  const values: Record<string, string> = {};
  // Without a prototype: a field named "constructor" or "__proto__" is just a field, not Object's own.
  const lists: Record<string, string[]> = Object.create(null);
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string' || key === '_csrf') continue;
    values[key] = value;
    (lists[key] ??= []).push(value);
  }
  const parsed = parseForm(form, schema, multi);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values, lists };
  try {
    return { ok: true, result: await act(parsed.data) };
  } catch (error) {
    if (error instanceof AdminError) return { ok: false, errors: { [error.field]: adminErrorText(locale, error) }, values, lists };
    throw error;
  }
}
