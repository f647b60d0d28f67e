import { and, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { advisorySessions } from '../../../db/schema';
import { isStaff, mayCoordinate } from '../access/policy';
import { isUuid, type Runner } from '../referral/db';
import { allOf, publicOnly, selectSessions } from './read';
import type { Host, HostSessionSummary } from './types';

const s = advisorySessions;

/** How far back a host's overview reaches: long enough to record attendance and follow up. */
const PAST_DAYS = 60;

/**
 * The sessions a user may host, as SQL: staff and coordinators of the owning administration or a
 * host administration, members of a host association. Admins are not hosts: they run the portal,
 * not the sessions, and have no business reading who booked. Null: the user hosts nothing.
 */
export function hostedByUser(user: Host): SQL | null {
  if (isStaff(user) && user.administrationId) {
    const adm = user.administrationId;
    return sql`(${s.administrationId} = ${adm} or exists (select 1 from advisory_session_hosts h where h.session_id = ${s.id} and h.administration_id = ${adm}))`;
  }
  const associationIds = user.role === 'member' ? user.associationIds.filter(isUuid) : [];
  if (associationIds.length > 0) {
    const ids = sql.join(associationIds.map((id) => sql`${id}`), sql`, `);
    return sql`exists (select 1 from advisory_session_hosts h where h.session_id = ${s.id} and h.association_id in (${ids}))`;
  }
  return null;
}

/** May this user see the bookings of this session: staff of a host or owning administration, members of a host association. */
export async function mayHostSession(db: Runner, sessionId: string, user: Host): Promise<boolean> {
  const hosted = hostedByUser(user);
  if (!hosted || !isUuid(sessionId)) return false;
  const [row] = await db.select({ id: s.id }).from(s).where(and(eq(s.id, sessionId), hosted));
  return Boolean(row);
}

/** The host association a member acts for at this session (for the access log), or null. */
export async function memberHostAssociation(db: Runner, sessionId: string, user: Host): Promise<string | null> {
  const associationIds = user.role === 'member' ? user.associationIds.filter(isUuid) : [];
  if (associationIds.length === 0 || !isUuid(sessionId)) return null;
  const ids = sql.join(associationIds.map((id) => sql`${id}`), sql`, `);
  const [row] = await db.execute<{ id: string }>(
    sql`select association_id as id from advisory_session_hosts where session_id = ${sessionId} and association_id in (${ids}) order by association_id limit 1`,
  );
  return row?.id ?? null;
}

/** The sessions the user hosts (or their administration owns): upcoming (not yet ended) first, soonest first; then the last 60 days, newest first. */
export async function listHostSessions(db: Database, user: Host): Promise<HostSessionSummary[]> {
  const hosted = hostedByUser(user);
  if (!hosted) return [];
  const since = new Date(Date.now() - PAST_DAYS * 86_400_000);
  const order = [
    sql`(${s.endsAt} < now())`,
    sql`case when ${s.endsAt} >= now() then ${s.startsAt} end asc`,
    sql`${s.startsAt} desc`,
    sql`${s.id}`,
  ];
  const rows = await selectSessions(db, allOf(hosted, gte(s.endsAt, since)), order);
  return rows.map((row) => ({
    session: publicOnly(row),
    confirmed: row.confirmed,
    waiting: row.waiting,
    attended: row.attended,
    mayEdit: mayCoordinate(user, row.administrationId),
  }));
}
