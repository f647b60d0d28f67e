import type { Audience, SessionFilters } from '../advisory';

/**
 * The address of the public list of advisory sessions: which view, which month, which filters.
 * Everything the reader chose lives in the query string (a GET form), so that a filtered list
 * works without JavaScript, can be bookmarked, and can be sent to someone else.
 */
export type ListView = 'list' | 'calendar';

/** A calendar month, month 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

export interface ListQuery {
  view: ListView;
  /** The calendar's month; null = the current month. */
  month: YearMonth | null;
  /** A topic's term slug. */
  topic: string | null;
  /** A district's slug. */
  district: string | null;
  /** `administration:<slug>` or `association:<slug>`. */
  host: string | null;
  /** Whom the session is for; 'both' sessions match either. */
  audience: Exclude<Audience, 'both'> | null;
}

/** The Danish parameter names (the site's addresses are Danish in both languages, only `/en` differs). */
export const PARAM = { view: 'visning', month: 'maaned', topic: 'emne', district: 'bydel', host: 'vaert', audience: 'for' } as const;

/** Audience values in the address, in Danish. */
export const AUDIENCE_PARAM = { citizens: 'borgere', associations: 'foreninger' } as const;

/** Years a month may be asked for: far enough for any real session, narrow enough to refuse nonsense. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const MAX_VALUE = 200;

/** `2026-12` → { year: 2026, month: 12 }; anything else → null. */
export function parseMonth(text: string | null): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return null;
  return { year, month };
}

/** { year: 2026, month: 3 } → `2026-03`. */
export function formatMonth({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The month `count` months later (or earlier, when negative). */
export function addMonths({ year, month }: YearMonth, count: number): YearMonth {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A value as typed into the address: trimmed, not empty, not absurdly long; else null. */
function value(params: URLSearchParams, name: string): string | null {
  const text = params.get(name)?.trim() ?? '';
  return text !== '' && text.length <= MAX_VALUE ? text : null;
}

/**
 * Reads the list's address. Unknown or broken values are left out rather than refused: a reader
 * who follows an old or mistyped link still sees sessions, just without that filter.
 */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const host = value(params, PARAM.host);
  const audience = value(params, PARAM.audience);
  return {
    view: params.get(PARAM.view) === 'kalender' ? 'calendar' : 'list',
    month: parseMonth(params.get(PARAM.month)),
    topic: value(params, PARAM.topic),
    district: value(params, PARAM.district),
    host: host && /^(administration|association):\S+$/.test(host) ? host : null,
    audience: audience === AUDIENCE_PARAM.citizens ? 'citizens' : audience === AUDIENCE_PARAM.associations ? 'associations' : null,
  };
}

/** The query string of a list address (with its `?`, or '' when everything is default). */
export function listQueryString(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.view === 'calendar') params.set(PARAM.view, 'kalender');
  if (query.view === 'calendar' && query.month) params.set(PARAM.month, formatMonth(query.month));
  if (query.topic) params.set(PARAM.topic, query.topic);
  if (query.district) params.set(PARAM.district, query.district);
  if (query.host) params.set(PARAM.host, query.host);
  if (query.audience) params.set(PARAM.audience, AUDIENCE_PARAM[query.audience]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the reader narrowed the list (for "no sessions match" versus "no sessions yet"). */
export function hasFilters(query: ListQuery): boolean {
  return Boolean(query.topic || query.district || query.host || query.audience);
}

/** The core's filters for the chosen ones, in a window of time. */
export function sessionFilters(query: ListQuery, window: { from: Date; to: Date }): SessionFilters {
  return {
    from: window.from,
    to: window.to,
    topics: query.topic ? [query.topic] : [],
    districts: query.district ? [query.district] : [],
    hosts: query.host ? [query.host] : [],
    audience: query.audience,
  };
}

/** `administration:sof` → { kind: 'administration', slug: 'sof' }. */
export function splitHost(host: string): { kind: 'administration' | 'association'; slug: string } | null {
  const match = /^(administration|association):(\S+)$/.exec(host);
  return match ? { kind: match[1] as 'administration' | 'association', slug: match[2]! } : null;
}
