import type { z } from 'zod';

/** One message per field name, shown beside the field and in the error summary. */
export type FieldErrors = Record<string, string>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Reads a sent form into plain values (last value wins; `multi` names become arrays) and checks
 * it with a zod schema whose messages are already the user's words. Nothing is stored unless the
 * whole form is valid; on failure the values come back so that the form is shown as it was sent.
 */
export function parseForm<S extends z.ZodType>(form: FormData, schema: S, multi: string[] = []): FormResult<z.infer<S>> {
  const values: Record<string, string> = {};
  const input: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string' || key === '_csrf') continue;
    values[key] = value;
    // No keyboard types a NUL, and PostgreSQL text cannot hold one (the insert failed with a 500): it is dropped.
    const clean = value.replace(/\0/g, '');
    if (multi.includes(key)) input[key] = [...((input[key] as string[] | undefined) ?? []), clean];
    else input[key] = clean;
  }
  for (const key of multi) input[key] ??= [];
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    // A wrong item of a multi field (associationIds.0) is the field's error: the page has one place for it.
    const head = String(issue.path[0] ?? '');
    const field = multi.includes(head) ? head : issue.path.map(String).join('.') || 'form';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values };
}
