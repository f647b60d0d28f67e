import type { SessionUser } from '../session/session';

/**
 * The contract between the advisory core (publish, book, cancel, host) and the pages. Personal
 * data appears only in `BookingPerson`; it is encrypted in the database (the referral keyring),
 * every read of it by a host is logged, and it is erased ADVISORY_RETENTION_DAYS after the session.
 */
export type Audience = 'citizens' | 'associations' | 'both';
export type BookingStatus = 'confirmed' | 'waiting' | 'cancelled';

/** A place with an address and, when picked on the map, a point. */
export interface SessionPlace {
  name: string | null;
  address: string;
  postalCode: string;
  city: string;
  districtId: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** How a session repeats: weekly on weekdays, or monthly on e.g. the first Tuesday; until a date (at most a year). */
export interface Repeat {
  freq: 'WEEKLY' | 'MONTHLY';
  /** 1 = every week/month, 2 = every other… */
  interval: number;
  /** BYDAY values: `TU` (weekly) or `1TU`, `-1FR` (monthly). */
  byday: string[];
  /** Last date (inclusive), YYYY-MM-DD. */
  until: string;
}

/** What a coordinator fills in to publish a session (or a series of sessions). */
export interface SessionInput {
  topic: string;
  topicEn: string | null;
  description: string;
  descriptionEn: string | null;
  /** Hosts besides the publishing administration (which always hosts). */
  hostAdministrationIds: string[];
  hostAssociationIds: string[];
  /** Category terms (topics) for filtering and search. */
  termIds: string[];
  place: SessionPlace | null;
  onlineUrl: string | null;
  /** The (first) date, YYYY-MM-DD, and wall-clock times HH:MM in Europe/Copenhagen. */
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  waitingList: boolean;
  audience: Audience;
  /** ISO 639-1 codes. */
  languages: string[];
  /** Null: one session. */
  repeat: Repeat | null;
}

export interface HostRef {
  kind: 'administration' | 'association';
  id: string;
  slug: string;
  name: string;
  nameEn: string;
}

/** A session as the public sees it (list, calendar, detail, iCal). No personal data. */
export interface PublicSession {
  id: string;
  slug: string;
  seriesId: string | null;
  topic: string;
  topicEn: string | null;
  description: string;
  descriptionEn: string | null;
  administrationId: string;
  hosts: HostRef[];
  terms: { id: string; slug: string; nameDa: string; nameEn: string }[];
  place: (SessionPlace & { districtSlug: string | null; districtName: string | null }) | null;
  onlineUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  /** Seats still free (0 when full). */
  seatsLeft: number;
  waitingList: boolean;
  /** People on the waiting list now. */
  waiting: number;
  audience: Audience;
  languages: string[];
  status: 'published' | 'cancelled';
  updatedAt: Date;
}

/** Filters of the public list and calendar; empty arrays mean "all". */
export interface SessionFilters {
  /** Inclusive start and exclusive end of the window. */
  from: Date;
  to: Date;
  topics: string[]; // term slugs
  districts: string[]; // district slugs; an online-only session matches no district
  hosts: string[]; // `administration:<slug>` or `association:<slug>`
  /** 'citizens' also shows 'both'; 'associations' also shows 'both'. */
  audience: Audience | null;
}

/** The person behind a booking, as they gave it. At least one of email and phone. */
export interface BookingPerson {
  name: string;
  email: string | null;
  phone: string | null;
  /** Optional: what they would like to talk about, or needs (step-free, interpreter). */
  note: string | null;
  /** When booking for an association (audience associations/both): its name. */
  organisation: string | null;
}

export interface BookingInput {
  person: BookingPerson;
  /** The person ticked the consent box (name and contact kept until ADVISORY_RETENTION_DAYS after the session). */
  consent: boolean;
  locale: 'da' | 'en';
}

/** What the citizen gets back: the cancel link's token is shown once (only its hash is stored). */
export interface BookingReceipt {
  bookingId: string;
  reference: string;
  status: 'confirmed' | 'waiting';
  /** 1-based place on the waiting list, null when confirmed. */
  position: number | null;
  cancelToken: string;
}

/** A booking as its own cancel link shows it (no personal data beyond what the holder typed). */
export interface BookingView {
  reference: string;
  status: BookingStatus;
  position: number | null;
  session: PublicSession;
}

/** A booking as a host sees it: decrypted (logged), or erased. */
export interface HostBooking {
  id: string;
  reference: string;
  status: BookingStatus;
  /** Null once erased. */
  person: BookingPerson | null;
  position: number | null;
  attended: boolean | null;
  followUpReferralId: string | null;
  createdAt: Date;
}

/** A session in a host's overview, with counts. */
export interface HostSessionSummary {
  session: PublicSession;
  confirmed: number;
  waiting: number;
  attended: number;
  /** The viewer may edit or cancel it (a coordinator of the publishing administration). */
  mayEdit: boolean;
}

/** Who acts in the back office. */
export type Host = SessionUser;
