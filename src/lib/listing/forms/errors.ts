import type { z } from 'zod';
import type { FieldErrors } from './read';

/**
 * Zod issues as one message per field name (`schedules.0.closesAt`), the first one winning, in
 * the order of the form, so that the error summary reads from the top.
 */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = issue.path.map(String).join('.') || 'form';
    errors[name] ??= issue.message;
  }
  return errors;
}
