import { zonedInstant } from '../../schedule';
import { refuse, type Parsed, type ParamProblem } from '../../search/values';

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 100;
export const MAX_SEARCH_LENGTH = 200;
/** Far beyond any real directory; keeps `(page - 1) * per_page` a safe integer for SQL. */
export const MAX_PAGE = 1_000_000;

/** The query parameters of an HSDS list, validated. */
export interface ListParams {
  page: number;
  perPage: number;
  /** Text to search for; undefined = no search. */
  search?: string;
  /** Only what was modified on or after this instant. */
  modifiedAfter?: Date;
}

export type ListParamsResult = { ok: true; params: ListParams } | { ok: false; problem: ParamProblem };

const INTEGER = /^[0-9]+$/;
// RFC 3339 date-time with a zone, or a date alone (taken as midnight in Copenhagen).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The one value of a parameter; a repeated parameter is refused rather than guessed at. */
function single(url: URLSearchParams, name: string): Parsed<string | undefined> {
  const values = url.getAll(name);
  if (values.length > 1) return refuse(name, 'må kun angives én gang', 'may be given only once');
  const value = values[0]?.trim();
  return { ok: true, value: value === '' ? undefined : value };
}

function integer(name: string, value: string | undefined, min: number, max: number, fallback: number): Parsed<number> {
  if (value === undefined) return { ok: true, value: fallback };
  const n = INTEGER.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    return refuse(name, `skal være et helt tal fra ${min} til ${max}, ikke '${value}'`, `must be a whole number from ${min} to ${max}, not '${value}'`);
  }
  return { ok: true, value: n };
}

/** Whether year-month-day is a day of the calendar (JavaScript rolls 2026-02-30 over into March). */
function realDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `modified_after`: a date-time with a zone (`2026-03-01T12:00:00Z`) or a date (midnight in Copenhagen). */
export function parseModifiedAfter(value: string | undefined): Parsed<Date | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? [];
  const calendar = y !== undefined && realDate(Number(y), Number(m), Number(d));
  let instant: Date | undefined;
  if (calendar && DATE.test(value)) {
    instant = zonedInstant({ year: Number(y), month: Number(m), day: Number(d) }, { hour: 0, minute: 0 });
  } else if (calendar && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
    instant = new Date(value);
  }
  if (!instant) {
    return refuse(
      'modified_after',
      `skal være et tidspunkt som 2026-03-01T12:00:00Z eller en dato som 2026-03-01, ikke '${value}'`,
      `must be a date-time like 2026-03-01T12:00:00Z or a date like 2026-03-01, not '${value}'`,
    );
  }
  return { ok: true, value: instant };
}

/** Parses `page` (from 1), `per_page` (1–100, default 50), `search` and `modified_after`. Others are ignored. */
export function parseListParams(url: URLSearchParams): ListParamsResult {
  const page = single(url, 'page');
  if (!page.ok) return page;
  const perPage = single(url, 'per_page');
  if (!perPage.ok) return perPage;
  const search = single(url, 'search');
  if (!search.ok) return search;
  const modified = single(url, 'modified_after');
  if (!modified.ok) return modified;

  const pageNumber = integer('page', page.value, 1, MAX_PAGE, 1);
  if (!pageNumber.ok) return pageNumber;
  const size = integer('per_page', perPage.value, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
  if (!size.ok) return size;
  const text = search.value?.replace(/\s+/g, ' ');
  if (text && text.length > MAX_SEARCH_LENGTH) {
    return refuse('search', `er for lang (${text.length} tegn). Skriv højst ${MAX_SEARCH_LENGTH}`, `is too long (${text.length} characters). Write at most ${MAX_SEARCH_LENGTH}`);
  }
  const after = parseModifiedAfter(modified.value);
  if (!after.ok) return after;
  return { ok: true, params: { page: pageNumber.value, perPage: size.value, search: text, modifiedAfter: after.value } };
}
