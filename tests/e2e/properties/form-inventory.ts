import type { Sql } from 'postgres';
import type { FuzzWorld, Role } from '../support/fuzz-world';

/** A read of the tables a valid submission would write, scoped to the run's own things; equal before and after a refused one. */
export type Probe = (q: Sql, world: FuzzWorld, marker: string, hidden: Record<string, string>) => Promise<unknown>;

/** One POST form of the portal, as the property tests see it. */
export interface FormEntry {
  /** Shown in the test's title. */
  name: string;
  role: Role;
  /** The page that shows the form (the form's own action is read from it). */
  page: (w: FuzzWorld) => string;
  /** Which of the page's POST forms (by its action path, `^…$`); the first when left out. */
  action?: (w: FuzzWorld) => RegExp;
  /** The fields a person fills in (what is valid is the page's own business: the test reads the offered options). */
  fields: string[];
  /** Tables a valid submission stores into (documentation; the probe reads them). */
  stores: string[];
  probe: Probe;
  /** The form carries a signed form time and refuses a submission faster than 3 seconds. */
  formTime?: boolean;
  /** A text field that always starts with the run's marker, so that rows it makes can be found (and a probe can ask for them). */
  markField?: string;
}

const marked = (table: string, column: string): Probe => (q, _w, marker) =>
  q`select count(*)::int as n from ${q(table)} where ${q(column)} like ${`${marker}%`}`.then((r) => r[0]!.n);

/** The row's own state (updated_at moves on every write). */
const row = (table: string, id: (w: FuzzWorld) => string): Probe => (q, w) =>
  q`select updated_at from ${q(table)} where id = ${id(w)}`.then((r) => String(r[0]?.updated_at));

/**
 * Every POST form of the portal. Forms left out, and why, are listed in SKIPPED below; a form
 * added to the portal belongs in one of the two.
 */
export const FORMS: FormEntry[] = [
  { name: 'login', role: 'anonymous', page: () => '/login', fields: ['email', 'password'], stores: ['sessions'], probe: async (q, w) => (await q`select count(*)::int as n from sessions s join users u on u.id = s.user_id where u.email like ${`%${w.tag}%`}`)[0]!.n },
  { name: 'forgotten password', role: 'anonymous', page: () => '/glemt-kode', fields: ['email'], stores: ['password_resets'], probe: async (q, w) => (await q`select count(*)::int as n from password_resets p join users u on u.id = p.user_id where u.email like ${`%${w.tag}%`}`)[0]!.n },
  { name: 'entrance (citizen asks for help)', role: 'anonymous', page: () => '/indgang', formTime: true, markField: 'name', fields: ['purpose', 'terms', 'district', 'forWhom', 'relation', 'name', 'phone', 'email', 'preferredContact', 'goodTimes', 'needs', 'consent'], stores: ['referrals', 'referral_events'], probe: async (q, _w, _m, hidden) => (await q`select count(*)::int as n from referrals where idempotency_key = ${`citizen:${hidden.formular?.split('.')[1]}`}`)[0]!.n },
  { name: 'entrance status', role: 'anonymous', page: () => '/indgang/status', fields: ['reference', 'email'], stores: [], probe: async () => 0 },
  { name: 'problem report', role: 'anonymous', page: (w) => `/fejlmelding?aktivitet=${w.activitySlug}`, markField: 'message', fields: ['reason', 'message', 'email'], stores: ['problem_reports'], probe: async (q, w) => (await q`select count(*)::int as n from problem_reports where listing_id = ${w.activityId}`)[0]!.n },
  { name: 'advisory booking', role: 'anonymous', page: (w) => `/raadgivning/${w.sessionSlug}`, formTime: true, fields: ['name', 'email', 'phone', 'note', 'consent'], stores: ['advisory_bookings'], probe: async (q, w) => (await q`select count(*)::int as n from advisory_bookings where session_id = ${w.sessionId}`)[0]!.n },
  { name: 'association profile', role: 'member', page: (w) => `/forening/${w.associationId}/profil`, markField: 'name', fields: ['name', 'alternateName', 'description', 'cvr', 'districtId', 'email', 'phone', 'website', 'contacts.0.name', 'contacts.0.email', 'contacts.0.visibility'], stores: ['listing_revisions', 'associations', 'contacts'], probe: async (q, w) => (await q`select count(*)::int as n, max(proposed_at)::text as last from listing_revisions where listing_id = ${w.associationId}`)[0] },
  { name: 'association status', role: 'member', page: (w) => `/forening/${w.associationId}/profil`, action: (w) => new RegExp(`^/forening/${w.associationId}/status$`), fields: [], stores: ['associations'], probe: row('associations', (w) => w.associationId) },
  { name: 'new activity', role: 'member', page: (w) => `/forening/${w.associationId}/aktiviteter/ny`, markField: 'name', fields: ['kind', 'name', 'summary', 'isFree', 'price', 'languages', 'minimumAge', 'maximumAge', 'termIds', 'places.0.latitude', 'schedules.0.freq', 'schedules.0.byday', 'schedules.0.opensAt', 'schedules.0.validFrom', 'contacts.0.email'], stores: ['activities', 'listing_revisions', 'places', 'schedules', 'contacts'], probe: async (q, w) => (await q`select count(*)::int as n from activities where association_id = ${w.associationId}`)[0]!.n },
  { name: 'edit activity', role: 'member', page: (w) => `/forening/aktivitet/${w.activityId}`, action: (w) => new RegExp(`^/forening/aktivitet/${w.activityId}$`), markField: 'name', fields: ['kind', 'name', 'summary', 'price', 'schedules.0.interval', 'schedules.0.closesAt'], stores: ['listing_revisions', 'activities'], probe: async (q, w) => (await q`select count(*)::int as n, max(proposed_at)::text as last from listing_revisions where listing_id = ${w.activityId}`)[0] },
  { name: 'activity status', role: 'member', page: (w) => `/forening/aktivitet/${w.activityId}`, action: (w) => new RegExp(`^/forening/aktivitet/${w.activityId}/status$`), fields: [], stores: ['activities'], probe: row('activities', (w) => w.activityId) },
  { name: 'confirm listing is current', role: 'member', page: () => '/forening', action: () => /^\/forening\/bekraeft$/, fields: [], stores: ['associations', 'activities'], probe: async (q, w) => (await q`select max(last_verified_at)::text as at from activities where association_id = ${w.associationId}`)[0] },
  { name: 'invite a member', role: 'member', page: (w) => `/forening/${w.associationId}/medlemmer`, fields: ['email'], stores: ['invitations'], probe: async (q, w) => (await q`select count(*)::int as n from invitations where association_id = ${w.associationId}`)[0]!.n },
  { name: 'coordinator invites an association', role: 'coordinator', page: () => '/forvaltning/inviter', markField: 'associationName', fields: ['kind', 'associationId', 'associationName', 'email'], stores: ['invitations', 'associations'], probe: marked('associations', 'name') },
  { name: 'fields without review', role: 'ownCoordinator', page: () => '/forvaltning/indstillinger', fields: ['exempt'], stores: ['administrations'], probe: async (q, w) => (await q`select review_exempt_fields from administrations where id = ${w.ownAdministrationId}`)[0] },
  { name: 'citizen data search', role: 'coordinator', page: () => '/forvaltning/borgerdata', fields: ['email', 'phone'], stores: [], probe: async () => 0 },
  { name: 'new advisory session', role: 'coordinator', page: () => '/forvaltning/raadgivning/ny', markField: 'topic', fields: ['topic', 'description', 'date', 'startTime', 'endTime', 'capacity', 'repeat', 'weekdays', 'until', 'latitude', 'onlineUrl', 'intent'], stores: ['advisory_sessions', 'advisory_series', 'advisory_session_hosts'], probe: marked('advisory_sessions', 'topic') },
  { name: 'edit advisory session', role: 'coordinator', page: (w) => `/forvaltning/raadgivning/${w.sessionId}`, markField: 'topic', fields: ['topic', 'date', 'startTime', 'capacity', 'audience'], stores: ['advisory_sessions'], probe: row('advisory_sessions', (w) => w.sessionId) },
  { name: 'new referral', role: 'staff', page: () => '/henvisninger/ny', fields: ['name', 'phone', 'email', 'preferredContact', 'needs', 'termIds', 'urgency', 'targetKind', 'activityId', 'administrationId', 'consent', 'consentMethod', 'consentDate', 'consentScope', 'note'], stores: ['referrals', 'referral_events'], probe: async (q, w) => (await q`select count(*)::int as n from referrals where sender_user_id = ${w.userIds.staff}`)[0]!.n },
  { name: 'referral step', role: 'staff', page: (w) => `/henvisninger/${w.referralId}`, fields: ['comment'], stores: ['referrals', 'referral_events'], probe: async (q, w) => (await q`select version from referrals where id = ${w.referralId}`)[0]!.version },
  { name: 'new grant', role: 'coordinator', page: () => '/rapporter/tilskud', markField: 'purpose', fields: ['associationId', 'year', 'amount', 'purpose'], stores: ['grants'], probe: async (q, w) => (await q`select count(*)::int as n from grants where association_id = ${w.associationId} or purpose like ${`${w.tag}%`}`)[0]!.n },
  { name: 'edit grant', role: 'coordinator', page: (w) => `/rapporter/tilskud/${w.grantId}`, fields: ['associationId', 'year', 'amount', 'purpose'], stores: ['grants'], probe: row('grants', (w) => w.grantId) },
  { name: 'new administration', role: 'admin', page: () => '/admin/forvaltninger/ny', markField: 'nameDa', fields: ['nameDa', 'nameEn', 'abbreviation', 'email', 'phone', 'responseTargetDays'], stores: ['administrations'], probe: marked('administrations', 'name_da') },
  { name: 'edit administration', role: 'admin', page: (w) => `/admin/forvaltninger/${w.ownAdministrationId}`, fields: ['nameDa', 'nameEn', 'abbreviation', 'email', 'phone', 'responseTargetDays'], stores: ['administrations'], probe: row('administrations', (w) => w.ownAdministrationId) },
  { name: 'new user', role: 'admin', page: () => '/admin/brugere/ny', markField: 'name', fields: ['name', 'email', 'role', 'administrationId', 'associationIds'], stores: ['users', 'invitations', 'association_memberships'], probe: marked('users', 'name') },
  { name: 'edit user', role: 'admin', page: (w) => `/admin/brugere/${w.targetUserId}`, fields: ['name', 'role', 'administrationId', 'associationIds'], stores: ['users', 'association_memberships'], probe: row('users', (w) => w.targetUserId) },
  { name: 'new taxonomy term', role: 'admin', page: () => '/admin/taksonomi/ny', markField: 'nameDa', fields: ['taxonomy', 'nameDa', 'nameEn', 'descriptionDa', 'descriptionEn', 'slug'], stores: ['taxonomy_terms'], probe: marked('taxonomy_terms', 'name_da') },
  { name: 'edit taxonomy term', role: 'admin', page: (w) => `/admin/taksonomi/${w.termId}`, fields: ['nameDa', 'nameEn', 'descriptionDa', 'descriptionEn', 'slug'], stores: ['taxonomy_terms'], probe: row('taxonomy_terms', (w) => w.termId) },
  { name: 'new API token', role: 'admin', page: () => '/admin/api-noegler', markField: 'name', fields: ['administrationId', 'name'], stores: ['api_tokens'], probe: marked('api_tokens', 'name') },
  { name: 'import upload', role: 'admin', page: () => '/admin/import', fields: ['file', 'administration'], stores: ['associations', 'activities'], probe: async (q) => (await q`select count(*)::int as n from associations where administration_id = (select id from administrations where abbreviation = 'FZ' order by created_at desc limit 1)`)[0]!.n },
];
