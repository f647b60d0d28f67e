import type { AstroGlobal } from 'astro';
import { allow, isStaff } from '../../lib/access';
import { db } from '../../lib/db';
import { type InboxItem, listInbox } from '../../lib/referral';
import { mayUseReferrals, userActor } from './guard';
import { type Notice, noticesFromQuery } from './notices';

export type Box = 'received' | 'sent';
export type StatusFilter = 'open' | 'closed' | 'all';

/** The words of the query: Danish, as the rest of the back office's addresses. */
export const BOX_WORDS: Record<Box, string> = { received: 'modtaget', sent: 'sendt' };
export const FILTER_WORDS: Record<StatusFilter, string> = { open: 'aabne', closed: 'afsluttede', all: 'alle' };

/** What the inbox shows. */
export interface InboxPage {
  box: Box;
  filter: StatusFilter;
  items: InboxItem[];
  /** How many each tab holds with this filter; `sent` is null for association members (they only receive). */
  counts: { received: number; sent: number | null };
  /** Staff and coordinators may send; association members only receive. */
  canSend: boolean;
  notices: Notice[];
  now: Date;
}

const wordOf = <T extends string>(words: Record<T, string>, value: string | null, fallback: T): T =>
  (Object.entries(words) as [T, string][]).find(([, word]) => word === value)?.[0] ?? fallback;

/** `/henvisninger?boks=sendt&status=alle`. */
export function inboxHref(box: Box, filter: StatusFilter): string {
  return `/henvisninger?boks=${BOX_WORDS[box]}&status=${FILTER_WORDS[filter]}`;
}

/**
 * The work of /henvisninger: authenticate, authorise (staff, coordinators and members of an
 * association), read the tab and filter from the query, list both boxes (for the counts in the
 * tab labels) in the order the core sorts them: urgency, then age.
 */
export async function inboxPage(Astro: AstroGlobal): Promise<InboxPage | Response> {
  const user = await allow(Astro, mayUseReferrals);
  if (user instanceof Response) return user;
  const canSend = isStaff(user);
  const q = Astro.url.searchParams;
  const box: Box = canSend ? wordOf<Box>(BOX_WORDS, q.get('boks'), 'received') : 'received';
  const filter = wordOf<StatusFilter>(FILTER_WORDS, q.get('status'), 'open');
  const actor = userActor(user);
  const [received, sent] = await Promise.all([
    listInbox(db(), actor, 'received', { status: filter, locale: Astro.locals.locale }),
    canSend ? listInbox(db(), actor, 'sent', { status: filter, locale: Astro.locals.locale }) : Promise.resolve(null),
  ]);
  return {
    box,
    filter,
    items: box === 'sent' && sent ? sent : received,
    counts: { received: received.length, sent: sent?.length ?? null },
    canSend,
    notices: noticesFromQuery(Astro.url, Astro.locals.locale),
    now: new Date(),
  };
}
