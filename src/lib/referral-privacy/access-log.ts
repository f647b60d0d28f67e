import { and, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, apiTokens, associations, referralAccessLog, referrals } from '../../../db/schema';
import { seenByAdministration } from './visibility';

/** Lines of the access log per page. */
export const ACCESS_LOG_PAGE_SIZE = 50;

/** One line of the access log as the coordinator reads it. */
export interface AccessLogEntry {
  id: number;
  at: Date;
  action: string;
  /** The person, or the case system's token name; null for the citizen's own status lookup. */
  who: string | null;
  /** Their administration or association. */
  organisation: string | null;
  /** The referral's reference; null for a search across referrals. */
  reference: string | null;
  referralId: string | null;
}

export interface AccessLogPage {
  entries: AccessLogEntry[];
  total: number;
  page: number;
  pages: number;
}

/**
 * The access log of an administration's referrals (sent or received, now or before a forward),
 * and its own coordinators' searches for a citizen, newest first, a page at a time. `reference`
 * narrows it to one referral. Only references, names and actions: nothing about the citizen.
 */
export async function accessLogOf(
  db: Database,
  administrationId: string,
  options: { reference?: string | null; page?: number; pageSize?: number } = {},
): Promise<AccessLogPage> {
  const pageSize = options.pageSize ?? ACCESS_LOG_PAGE_SIZE;
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const reference = options.reference?.trim().toUpperCase();
  // A line about a referral we sent or received (whoever read it), or a search by one of our coordinators.
  const ours = or(
    seenByAdministration(administrationId),
    and(isNull(referralAccessLog.referralId), eq(referralAccessLog.administrationId, administrationId)),
  );
  const where: SQL = reference ? and(ours, eq(referrals.reference, reference))! : ours!;
  const rows = await db
    .select({
      id: referralAccessLog.id,
      at: referralAccessLog.at,
      action: referralAccessLog.action,
      userName: referralAccessLog.userName,
      tokenName: apiTokens.name,
      administration: administrations.nameDa,
      association: associations.name,
      reference: referrals.reference,
      referralId: referralAccessLog.referralId,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(referralAccessLog)
    .leftJoin(referrals, eq(referrals.id, referralAccessLog.referralId))
    .leftJoin(administrations, eq(administrations.id, referralAccessLog.administrationId))
    .leftJoin(associations, eq(associations.id, referralAccessLog.associationId))
    .leftJoin(apiTokens, eq(apiTokens.id, referralAccessLog.apiTokenId))
    .where(where)
    .orderBy(desc(referralAccessLog.at), desc(referralAccessLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = rows[0]?.total ?? (page > 1 ? await countOf(db, where) : 0);
  return {
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      who: r.userName ?? r.tokenName,
      organisation: r.association ?? r.administration,
      reference: r.reference,
      referralId: r.referralId,
    })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** The number of lines when the page asked for lies beyond the last one. */
async function countOf(db: Database, where: SQL): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(referralAccessLog)
    .leftJoin(referrals, eq(referrals.id, referralAccessLog.referralId))
    .where(where);
  return row?.count ?? 0;
}
