/**
 * The figures behind the § 18 reports (issue 7): what the dashboard at /rapporter, the annual
 * report page and the CSV downloads show. Every figure is computed from anonymous facts only
 * (statuses, times, counts, amounts), so the figures stay the same after personal data is erased.
 */

/** Which figures: a calendar year (Europe/Copenhagen) and one administration or all (`null`). */
export interface StatisticsFilter {
  year: number;
  /** Null = all administrations. A coordinator's pages pass their own or null; the admin any. */
  administrationId: string | null;
}

/** A text in both languages, so pages show figures without lookups. */
export interface Label {
  da: string;
  en: string;
}

/** Key of the "Hele kommunen" row: listings that belong to no single district. */
export const CITY_WIDE = 'city-wide';

/** One row of a count table: what is counted (`key` is an id or a fixed key), and how many. */
export interface CountRow {
  key: string;
  label: Label;
  count: number;
}

/** Published associations and activities of one administration or district. */
export interface ListingCountRow {
  key: string;
  label: Label;
  associations: number;
  activities: number;
}

/**
 * Published listings as they stand now (the year does not apply: listings have no history of
 * counts). With an administration: the listings it is responsible for.
 */
export interface ListingFigures {
  /** By responsible administration, in the order of the administrations' Danish names. */
  byAdministration: ListingCountRow[];
  /**
   * By district: associations by their own district, activities by the districts of their places
   * (an activity held in two districts counts in both, so the column may add up to more than the
   * total). Key `CITY_WIDE` ("Hele kommunen"): associations without a district, activities with
   * no place in a district. Districts in name order, then "Hele kommunen"; districts with nothing are kept.
   */
  byDistrict: ListingCountRow[];
  /** Activities by target group (an activity may have several, or none); every target group, by name. */
  byTargetGroup: CountRow[];
  /** Activities by kind: `offer` then `volunteer_role`. */
  byKind: CountRow[];
  totals: { associations: number; activities: number };
}

/** One grant, for the list of the year. */
export interface GrantLine {
  id: string;
  associationId: string;
  associationName: string;
  administrationId: string;
  administration: Label;
  purpose: string;
  amountOre: number;
}

/** Grants of one administration in the year. */
export interface GrantSumRow {
  key: string;
  label: Label;
  count: number;
  amountOre: number;
}

/** § 18 grants recorded for the year (amounts in øre). */
export interface GrantFigures {
  /** Only administrations with grants, by Danish name. */
  byAdministration: GrantSumRow[];
  /** Every grant, by association name, then amount (largest first). */
  grants: GrantLine[];
  total: { count: number; amountOre: number; associations: number };
}

/**
 * Who sends a referral: an administration's staff (`adm:<id>`), an administration's case system
 * through the API (`api:<id>`, "… (sagssystem)"), or the citizen at /indgang (`citizen`, "Borgeren selv").
 */
export type SenderKind = 'staff' | 'api' | 'citizen';

/** One cell of a flow matrix: how many referrals went from `from` to `to`. */
export interface FlowCell {
  from: string;
  to: string;
  count: number;
}

/** An axis entry of a flow matrix. */
export interface FlowParty {
  key: string;
  label: Label;
}

/** A flow matrix: its rows (senders), columns (receivers), and the non-empty cells. */
export interface FlowMatrix {
  senders: FlowParty[];
  receivers: FlowParty[];
  cells: FlowCell[];
  total: number;
}

/**
 * Referrals created in the year. With an administration: those it sent, or received at any point
 * (first receiver, forwarded to it, or holding it now).
 */
export interface ReferralFigures {
  total: number;
  /** Sender → the FIRST receiver (where it was sent before any forward). */
  flows: FlowMatrix;
  /** Forwards: the administration that forwarded → the one it forwarded to (one per forward). */
  forwards: FlowMatrix;
  /** Answered = had a first response (accept, decline or forward); accepted = accepted at some point. */
  answered: number;
  accepted: number;
  /** accepted / answered, 0–1; null when none was answered. */
  acceptedShare: number | null;
  /** Median days (decimal) from sent to the first response; null when none. */
  medianDaysToFirstResponse: number | null;
  /** Median days from sent to the outcome (first started, not started or closed); null when none. */
  medianDaysToOutcome: number | null;
  /** Referrals still waiting for an answer (sent, received, forwarded) whose due time has passed, now. */
  overdue: number;
  /** Overdue now by the administration holding them. */
  overdueByReceiver: CountRow[];
}

/** Advisory session figures of one owning administration, or the total. */
export interface SessionCounts {
  /** Sessions of the year that were not cancelled. */
  sessions: number;
  /** Of those, the ones that have ended by now. */
  held: number;
  /** Sum of their capacities. */
  seats: number;
  confirmed: number;
  waiting: number;
  /** Confirmed bookings whose attendance was recorded, and of those the ones who came. */
  attendanceRecorded: number;
  attended: number;
  /** attended / attendanceRecorded, 0–1; null when nothing was recorded. */
  attendanceRate: number | null;
}

export interface SessionRow extends SessionCounts {
  key: string;
  label: Label;
}

/** Joint advisory sessions starting in the year (not cancelled), by owning administration. */
export interface SessionFigures {
  byAdministration: SessionRow[];
  total: SessionCounts;
}

/** One listing unconfirmed for 15 months. */
export interface StaleListing {
  kind: 'association' | 'activity';
  id: string;
  slug: string;
  name: string;
  associationName: string;
  administrationId: string;
  administration: Label;
  /** When it was marked stale (ISO string, UTC). */
  staleSince: string;
  /** When it was last confirmed (ISO string, UTC), or null if never. */
  lastVerifiedAt: string | null;
}

/** Published listings marked stale (unconfirmed 15 months), now; the year does not apply. */
export interface StaleFigures {
  byAdministration: ListingCountRow[];
  listings: StaleListing[];
  totals: { associations: number; activities: number };
}
