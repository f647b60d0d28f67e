/**
 * The two lists of advisory sessions: a coordinator's (/forvaltning/raadgivning: what the
 * administration owns or hosts, with edit links) and a host's (/vaert: what the person hosts).
 * Both come from the core's listHostSessions, upcoming first, then the last 60 days.
 */
import type { AstroGlobal } from 'astro';
import { allow } from '../../lib/access';
import { type HostSessionSummary, listHostSessions } from '../../lib/advisory';
import { administrationName } from '../../lib/advisory-forms';
import { db } from '../../lib/db';
import { isAdvisoryCoordinator, mayHostSessions } from './guard';
import { type Notice, noticesFromQuery } from './notices';

/** What a list page shows. */
export interface SessionListPage {
  upcoming: HostSessionSummary[];
  recent: HostSessionSummary[];
  notices: Notice[];
  /** The coordinator's administration (the coordinators' list only). */
  administration: string | null;
}

/** Upcoming (not yet ended) and recent sessions, each in the core's order. */
function split(summaries: HostSessionSummary[], now: Date): Pick<SessionListPage, 'upcoming' | 'recent'> {
  return {
    upcoming: summaries.filter((s) => s.session.endsAt > now),
    recent: summaries.filter((s) => s.session.endsAt <= now),
  };
}

/** /forvaltning/raadgivning: coordinators only; others 403, anonymous to the login. */
export async function coordinatorListPage(Astro: AstroGlobal): Promise<SessionListPage | Response> {
  const user = await allow(Astro, isAdvisoryCoordinator);
  if (user instanceof Response) return user;
  const [summaries, names] = await Promise.all([listHostSessions(db(), user), administrationName(db(), user.administrationId!)]);
  const locale = Astro.locals.locale;
  return { ...split(summaries, new Date()), notices: noticesFromQuery(Astro.url, locale), administration: names ? names[locale] : null };
}

/** /vaert: staff, coordinators and association members; the sessions they host. */
export async function hostListPage(Astro: AstroGlobal): Promise<SessionListPage | Response> {
  const user = await allow(Astro, mayHostSessions);
  if (user instanceof Response) return user;
  const summaries = await listHostSessions(db(), user);
  return { ...split(summaries, new Date()), notices: noticesFromQuery(Astro.url, Astro.locals.locale), administration: null };
}
