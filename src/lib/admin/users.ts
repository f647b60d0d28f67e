import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { containsPattern } from '../sql/like';
import { administrations, associationMemberships, users } from '../../../db/schema';
import { compareDanish } from '../directory/danish-order';
import type { Role } from './schemas';

/** What the user list narrows to; all parts optional. */
export interface UserFilter {
  role?: Role | null;
  administrationId?: string | null;
  /** Part of a name or an e-mail address. */
  q?: string | null;
}

/** A user as the admin list and edit page show them. */
export interface UserListItem {
  id: string;
  name: string;
  email: string;
  role: Role;
  administration: { id: string; abbreviation: string; nameDa: string; nameEn: string } | null;
  associationCount: number;
  isDemo: boolean;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  /** False until the user has chosen a password from the mailed link. */
  hasPassword: boolean;
}

/** A user with the associations they belong to. */
export interface UserDetail extends UserListItem {
  associationIds: string[];
  createdAt: Date;
}


function selection() {
  return {
    id: users.id,
    name: users.name,
    email: users.email,
    role: users.role,
    isDemo: users.isDemo,
    disabledAt: users.disabledAt,
    lastLoginAt: users.lastLoginAt,
    createdAt: users.createdAt,
    hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    // Named in full: inside a subquery Drizzle's unqualified "id" would not mean users.id.
    associationCount: sql<number>`(select count(*) from association_memberships m where m.user_id = users.id)`.mapWith(Number),
    administrationId: administrations.id,
    abbreviation: administrations.abbreviation,
    nameDa: administrations.nameDa,
    nameEn: administrations.nameEn,
  };
}

type Row = Awaited<ReturnType<typeof baseQuery>>[number];

function baseQuery(db: Database, where: SQL | undefined) {
  return db.select(selection()).from(users).leftJoin(administrations, eq(administrations.id, users.administrationId)).where(where);
}

function toItem(row: Row): UserListItem {
  const { administrationId, abbreviation, nameDa, nameEn, createdAt: _createdAt, ...rest } = row;
  const administration = administrationId ? { id: administrationId, abbreviation: abbreviation!, nameDa: nameDa!, nameEn: nameEn! } : null;
  return { ...rest, administration };
}

/**
 * Users matching the filter in Danish order of their names, at most `limit` of them (`more` says
 * that there were more: the page asks to narrow the search rather than paging through hundreds).
 */
export async function listUsers(db: Database, filter: UserFilter, limit = 200): Promise<{ users: UserListItem[]; more: boolean }> {
  const q = filter.q?.trim();
  const where = and(
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.administrationId ? eq(users.administrationId, filter.administrationId) : undefined,
    q ? or(ilike(users.name, containsPattern(q)), ilike(users.email, containsPattern(q))) : undefined,
  );
  const rows = await baseQuery(db, where)
    .orderBy(users.name, users.id)
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toItem);
  return { users: items.sort((a, b) => compareDanish(a.name, b.name)), more: rows.length > limit };
}

/** One user with their memberships, or null. */
export async function findUser(db: Database, id: string): Promise<UserDetail | null> {
  const [row] = await baseQuery(db, eq(users.id, id)).limit(1);
  if (!row) return null;
  const memberships = await db
    .select({ associationId: associationMemberships.associationId })
    .from(associationMemberships)
    .where(eq(associationMemberships.userId, id));
  return { ...toItem(row), createdAt: row.createdAt, associationIds: memberships.map((m) => m.associationId) };
}
