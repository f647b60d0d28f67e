/**
 * Joint advisory sessions (fælles rådgivningsmøder): the contract the pages use. CONTRACT STUBS:
 * helper A1 replaces each stub by a re-export of its real module, keeping the signatures.
 */
import type { Database } from '../../../db/client';
import type {
  BookingInput,
  BookingReceipt,
  BookingView,
  Host,
  HostBooking,
  HostSessionSummary,
  PublicSession,
  SessionFilters,
  SessionInput,
} from './types';

export type * from './types';

const stub = (): never => {
  throw new Error('advisory: not implemented yet');
};

/** Typed errors with message keys (`advisory.error.<code>`), mapped to 400/403/404/409 by the pages. */
export class AdvisoryError extends Error {
  constructor(
    readonly code:
      | 'not_found' // unknown session/booking, or not visible to the actor (never say which)
      | 'not_allowed' // 403
      | 'closed' // session started, ended or cancelled: no booking/cancel
      | 'full' // no seat and no waiting list
      | 'already_booked' // an active booking with the same e-mail on this session
      | 'invalid', // input refused by the core (the pages validate first; field errors in `fields`)
    readonly fields: Record<string, string> = {},
  ) {
    super(`advisory: ${code}`);
  }
}

/** Publishes one session, or every occurrence of `input.repeat` (at most 53), in one transaction. Coordinators only. */
export async function publishSessions(_db: Database, _input: SessionInput, _actor: Host): Promise<{ seriesId: string | null; ids: string[]; slugs: string[] }> {
  return stub();
}

/** Changes one session, or this and the later ones of its series (`scope: 'future'`); date/time changes apply only to `this`. Mails confirmed/waiting bookings when time or place changed. Capacity raised → waiting list promoted. */
export async function updateSession(_db: Database, _id: string, _input: Omit<SessionInput, 'repeat'>, _actor: Host, _scope: 'this' | 'future'): Promise<void> {
  return stub();
}

/** Cancels a session (or this and later in its series); every active booking is mailed. */
export async function cancelSession(_db: Database, _id: string, _actor: Host, _scope: 'this' | 'future'): Promise<void> {
  return stub();
}

/** Published and cancelled sessions in the window, by start time. */
export async function listPublicSessions(_db: Database, _filters: SessionFilters): Promise<PublicSession[]> {
  return stub();
}

/** One session by slug (published or cancelled), or null. */
export async function findPublicSession(_db: Database, _slug: string): Promise<PublicSession | null> {
  return stub();
}

/** Sessions hosted by an administration or association (by slug) from `from` on: the iCal feeds. */
export async function hostedSessions(_db: Database, _host: { kind: 'administration' | 'association'; slug: string }, _from: Date): Promise<PublicSession[] | null> {
  return stub();
}

/** The filter choices that have upcoming sessions: topics, districts, hosts. */
export async function sessionFilterOptions(_db: Database, _from: Date): Promise<{
  topics: { slug: string; nameDa: string; nameEn: string }[];
  districts: { slug: string; name: string }[];
  hosts: { value: string; name: string; nameEn: string }[];
}> {
  return stub();
}

/**
 * Books a seat, or a place on the waiting list when full; the session row is locked so that
 * concurrent bookings never overbook. Queues the confirmation mail (with the cancel link) when an
 * e-mail was given. Throws AdvisoryError closed | full | already_booked | invalid.
 */
export async function bookSeat(_db: Database, _sessionId: string, _input: BookingInput, _origin: URL): Promise<BookingReceipt> {
  return stub();
}

/** The booking behind a cancel link's token, or null. */
export async function bookingByToken(_db: Database, _token: string): Promise<BookingView | null> {
  return stub();
}

/** Cancels by the cancel link; a freed seat goes to the first on the waiting list (mailed). Idempotent. */
export async function cancelBooking(_db: Database, _token: string, _origin: URL): Promise<BookingView> {
  return stub();
}

/** May this user see the bookings of this session: staff of a host or owning administration, members of a host association. */
export async function mayHostSession(_db: Database, _sessionId: string, _user: Host): Promise<boolean> {
  return stub();
}

/** The sessions the user hosts (or their administration owns), upcoming first, then the last 60 days. */
export async function listHostSessions(_db: Database, _user: Host): Promise<HostSessionSummary[]> {
  return stub();
}

/** The bookings of a session, decrypted; writes one `advisory_access_log` row (action view). Null when not a host. */
export async function sessionBookings(_db: Database, _sessionId: string, _user: Host): Promise<{ session: PublicSession; bookings: HostBooking[]; mayEdit: boolean } | null> {
  return stub();
}

/** Records who came (after the session has started). Throws not_allowed / closed (before start). */
export async function recordAttendance(_db: Database, _sessionId: string, _attended: Record<string, boolean>, _user: Host): Promise<void> {
  return stub();
}

/** One booking's person for a follow-up referral (staff of a host administration only); logged (action follow_up). */
export async function followUpPerson(_db: Database, _bookingId: string, _user: Host): Promise<{ sessionId: string; person: BookingPerson; referralId: string | null } | null> {
  return stub();
}

/** Links a referral made from a booking, so the host list shows it. */
export async function linkFollowUp(_db: Database, _bookingId: string, _referralId: string, _user: Host): Promise<void> {
  return stub();
}

import type { BookingPerson } from './types';
