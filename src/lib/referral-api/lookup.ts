import { eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, administrations, referrals, taxonomyTerms } from '../../../db/schema';
import type { ReferralStatus } from '../referral/machine';

/**
 * Case systems name things by slug (stable and readable: `besoegsven-i-valby`,
 * `socialforvaltningen`, `aeldre`); the core takes ids. These translate, and pass an unknown
 * value through unchanged so that the core refuses it with its own error (InvalidTarget).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of an activity given by slug or id (or the value itself when unknown). */
export async function activityIdFor(db: Database, value: string): Promise<string> {
  if (UUID.test(value)) return value;
  const [row] = await db.select({ id: activities.id }).from(activities).where(eq(activities.slug, value));
  return row?.id ?? value;
}

/** The id of an administration given by slug or id, or null when there is none. */
export async function findAdministrationId(db: Database, value: string): Promise<string | null> {
  const [row] = await db
    .select({ id: administrations.id })
    .from(administrations)
    .where(UUID.test(value) ? eq(administrations.id, value) : eq(administrations.slug, value));
  return row?.id ?? null;
}

/**
 * The ids of target groups and categories given by slug or id, or null when one is unknown.
 * A slug used in both vocabularies counts as both.
 */
export async function termIdsFor(db: Database, values: readonly string[]): Promise<string[] | null> {
  if (values.length === 0) return [];
  const ids = values.filter((v) => UUID.test(v));
  const rows = await db
    .select({ id: taxonomyTerms.id, slug: taxonomyTerms.slug })
    .from(taxonomyTerms)
    .where(ids.length > 0 ? or(inArray(taxonomyTerms.slug, [...values]), inArray(taxonomyTerms.id, ids)) : inArray(taxonomyTerms.slug, [...values]));
  const found: string[] = [];
  for (const value of values) {
    const matches = rows.filter((row) => row.slug === value || row.id === value);
    if (matches.length === 0) return null;
    found.push(...matches.map((row) => row.id));
  }
  return [...new Set(found)];
}

/**
 * The status and version of a referral, for the answer to a create (no personal data is read,
 * so nothing is logged). Only called for a referral the caller has just made or made before.
 */
export async function referralState(db: Database, id: string): Promise<{ status: ReferralStatus; version: number }> {
  const [row] = await db.select({ status: referrals.status, version: referrals.version }).from(referrals).where(eq(referrals.id, id));
  if (!row) throw new Error(`referral ${id} vanished after it was made`);
  return row;
}
