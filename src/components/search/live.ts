/** How the island asks `/api/search` (src/lib/search/api.ts) for what the form says. */
import type { Locale } from '../../i18n/locale';
import type { FieldError } from './model';

/**
 * The API query for the form's values, with the page's locale: without it the API would answer
 * in the language the browser prefers, and a Danish page would get English labels.
 */
export function apiQuery(params: URLSearchParams, locale: Locale): URLSearchParams {
  const query = new URLSearchParams(params);
  query.set('locale', locale);
  return query;
}

/** The parameter and message of a 400 answer (`{ error: { parameter, message } }`), if it has them. */
export function refusal(body: unknown): FieldError | null {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) return null;
  const { parameter, message } = error as { parameter?: unknown; message?: unknown };
  return typeof parameter === 'string' && typeof message === 'string' ? { parameter, message } : null;
}
