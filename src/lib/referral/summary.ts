import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import { activities, administrations, associations, referrals, taxonomyTerms } from '../../../db/schema';
import type { Locale } from '../../i18n';
import type { Runner } from './db';
import { awaitsAnswer } from './machine';
import type { InboxItem } from './types';

const receiver = alias(administrations, 'receiver');
const sender = alias(administrations, 'sender');

/** Urgent first, then soon, then normal: the order an inbox is worked through. */
export const urgencyOrder = sql`case ${referrals.urgency} when 'urgent' then 0 when 'soon' then 1 else 2 end`;

/**
 * Referrals with the names an inbox line shows (activity, association, receiver, sender) and no
 * personal data: reading these needs no decryption and writes no access log.
 */
export async function selectSummaries(db: Runner, locale: Locale, where: SQL | undefined, orderBy: (SQL | PgColumn)[] = []) {
  const query = db
    .select({
      referral: referrals,
      activityName: activities.name,
      activitySlug: activities.slug,
      associationName: associations.name,
      receiverName: locale === 'en' ? receiver.nameEn : receiver.nameDa,
      senderName: locale === 'en' ? sender.nameEn : sender.nameDa,
    })
    .from(referrals)
    .innerJoin(receiver, eq(receiver.id, referrals.receiverAdministrationId))
    .leftJoin(sender, eq(sender.id, referrals.senderAdministrationId))
    .leftJoin(activities, eq(activities.id, referrals.activityId))
    .leftJoin(associations, eq(associations.id, referrals.associationId))
    .where(where);
  return query.orderBy(...orderBy);
}

export type Summary = Awaited<ReturnType<typeof selectSummaries>>[number];

/** The names of the terms of many referrals in one query, by id. */
export async function termNames(db: Runner, locale: Locale, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: taxonomyTerms.id, name: locale === 'en' ? taxonomyTerms.nameEn : taxonomyTerms.nameDa })
    .from(taxonomyTerms)
    .where(inArray(taxonomyTerms.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** One inbox line; `overdue` when it still waits for its first answer after its due time. */
export function toInboxItem(s: Summary, names: Map<string, string>, now: Date): InboxItem {
  const r = s.referral;
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    urgency: r.urgency,
    purpose: r.purpose,
    activityName: s.activityName,
    associationName: s.associationName,
    receiverName: s.receiverName,
    senderName: s.senderName,
    createdAt: r.createdAt,
    dueAt: r.dueAt,
    overdue: awaitsAnswer(r.status) && now > r.dueAt,
    termNames: r.termIds.map((id) => names.get(id)).filter((n): n is string => !!n),
  };
}
