import type { Database } from '../../../db/client';
import { listPublicSessions, type PublicSession, sessionFilterOptions } from '../advisory';
import { copenhagenDate, currentMonth, daysWindow, groupByDate, monthWeeks, monthWindow, startOfDay, type CalendarDay } from './calendar';
import { type ListQuery, sessionFilters, splitHost, type YearMonth } from './query';

/** The list shows the sessions of the coming three months; the calendar reaches any month. */
export const LIST_DAYS = 92;

export type FilterOptions = Awaited<ReturnType<typeof sessionFilterOptions>>;

/** A host chosen in the filter, with the address of its calendar feed. */
export interface ChosenHost {
  kind: 'administration' | 'association';
  slug: string;
  name: string;
  nameEn: string;
  /** The subscribable feed (Danish path; the page adds /en). */
  feedPath: string;
}

/** Everything the list and calendar page shows. */
export interface SessionListData {
  query: ListQuery;
  options: FilterOptions;
  /** The sessions in the window, by start (the list leaves out those already over). */
  sessions: PublicSession[];
  /** List view: the sessions under each Copenhagen date, in order. */
  days: [date: string, sessions: PublicSession[]][];
  /** Calendar view: the month shown, its weeks, and the sessions of each date. */
  month: YearMonth;
  weeks: (CalendarDay | null)[][];
  byDate: Map<string, PublicSession[]>;
  /** Today in Copenhagen, `YYYY-MM-DD` (marked in the calendar). */
  today: string;
  host: ChosenHost | null;
}

/** The feed of a host, by kind: `/raadgivning/feed/forvaltning/<slug>.ics` or `/raadgivning/feed/forening/<slug>.ics`. */
export function feedPath(kind: 'administration' | 'association', slug: string): string {
  return `/raadgivning/feed/${kind === 'administration' ? 'forvaltning' : 'forening'}/${encodeURIComponent(slug)}.ics`;
}

/**
 * Loads the public list or month calendar for an address. The list runs from the start of today
 * for LIST_DAYS and leaves out sessions already over; the calendar shows the whole month asked for,
 * past sessions included (marked as held).
 */
export async function loadSessionList(db: Database, query: ListQuery, now: Date): Promise<SessionListData> {
  const month = query.month ?? currentMonth(now);
  const calendar = query.view === 'calendar';
  const window = calendar ? monthWindow(month) : daysWindow(now, LIST_DAYS);
  const [found, options] = await Promise.all([
    listPublicSessions(db, sessionFilters(query, window)),
    sessionFilterOptions(db, startOfDay(copenhagenDate(now))),
  ]);
  const sessions = calendar ? found : found.filter((s) => s.endsAt > now);
  const byDate = groupByDate(sessions);
  const chosen = query.host ? splitHost(query.host) : null;
  const option = options.hosts.find((h) => h.value === query.host);
  return {
    query,
    options,
    sessions,
    days: [...byDate.entries()],
    month,
    weeks: monthWeeks(month),
    byDate,
    today: copenhagenDate(now),
    host: chosen && option ? { ...chosen, name: option.name, nameEn: option.nameEn, feedPath: feedPath(chosen.kind, chosen.slug) } : null,
  };
}
