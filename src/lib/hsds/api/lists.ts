import { and, asc, gte, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../../db/client';
import { containsPattern } from '../../sql/like';
import { activities, associations } from '../../../../db/schema';
import { organizationIsPublic, serviceIsPublic } from '../visibility';

/** One page of ids and how many there are in all. */
export interface IdPage {
  total: number;
  ids: string[];
}

/**
 * When a service last changed: the activity, or one of its schedules, places or own contacts
 * (`greatest` skips the nulls of children it does not have).
 */
export const serviceModifiedAt: SQL<Date> = sql<Date>`greatest(
  ${activities.updatedAt},
  (select max(s.updated_at) from schedules s where s.activity_id = ${activities.id}),
  (select max(p.updated_at) from activity_places ap join places p on p.id = ap.place_id where ap.activity_id = ${activities.id}),
  (select max(c.updated_at) from contacts c where c.activity_id = ${activities.id})
)`;

/**
 * When an organization last changed: the association, a contact of the whole association, or one
 * of its exported activities (the organization lists them).
 */
export const organizationModifiedAt: SQL<Date> = sql<Date>`greatest(
  ${associations.updatedAt},
  (select max(c.updated_at) from contacts c where c.association_id = ${associations.id} and c.activity_id is null),
  (select max(a.updated_at) from activities a where a.association_id = ${associations.id} and a.status in ('published', 'paused'))
)`;


/** An instant as a query parameter: postgres.js takes a Date only where drizzle knows the column. */
const instant = (date: Date) => sql`${date.toISOString()}::timestamptz`;

const offset = (page: number, perPage: number) => (page - 1) * perPage;

/**
 * A page of exported services, by association name, then name. With `rankedIds` (the ids a text
 * search found, best first) only those, in that order.
 */
export async function serviceIdPage(
  db: Database,
  options: { page: number; perPage: number; modifiedAfter?: Date; rankedIds?: readonly string[] },
): Promise<IdPage> {
  const filters = [serviceIsPublic];
  if (options.modifiedAfter) filters.push(gte(serviceModifiedAt, instant(options.modifiedAfter)));
  const base = () => db.select({ id: activities.id }).from(activities).innerJoin(associations, sql`${associations.id} = ${activities.associationId}`);

  if (options.rankedIds) {
    if (options.rankedIds.length === 0) return { total: 0, ids: [] };
    const kept = new Set((await base().where(and(...filters, inArray(activities.id, [...options.rankedIds])))).map((r) => r.id));
    const ids = options.rankedIds.filter((id) => kept.has(id));
    const start = offset(options.page, options.perPage);
    return { total: ids.length, ids: ids.slice(start, start + options.perPage) };
  }
  const where = and(...filters);
  const [count, rows] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(activities).innerJoin(associations, sql`${associations.id} = ${activities.associationId}`).where(where),
    base()
      .where(where)
      .orderBy(asc(associations.name), asc(associations.id), asc(activities.name), asc(activities.id))
      .limit(options.perPage)
      .offset(offset(options.page, options.perPage)),
  ]);
  return { total: count[0]?.n ?? 0, ids: rows.map((r) => r.id) };
}

/**
 * A page of public organizations by name. `search` matches part of the name or alternate name,
 * ignoring case (an organization's own text is short; the activities are what the search index
 * is for).
 */
export async function organizationIdPage(
  db: Database,
  options: { page: number; perPage: number; modifiedAfter?: Date; search?: string },
): Promise<IdPage> {
  const filters = [organizationIsPublic];
  if (options.modifiedAfter) filters.push(gte(organizationModifiedAt, instant(options.modifiedAfter)));
  if (options.search) {
    const pattern = containsPattern(options.search);
    filters.push(or(ilike(associations.name, pattern), ilike(associations.alternateName, pattern))!);
  }
  const where = and(...filters);
  const [count, rows] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(associations).where(where),
    db
      .select({ id: associations.id })
      .from(associations)
      .where(where)
      .orderBy(asc(associations.name), asc(associations.id))
      .limit(options.perPage)
      .offset(offset(options.page, options.perPage)),
  ]);
  return { total: count[0]?.n ?? 0, ids: rows.map((r) => r.id) };
}
