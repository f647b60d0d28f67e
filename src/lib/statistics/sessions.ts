import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { inDanishOrder, inYear, labelOf, num, share } from './sql';
import type { SessionCounts, SessionFigures, SessionRow, StatisticsFilter } from './types';

interface Row extends Record<string, unknown> {
  key: string;
  name_da: string;
  name_en: string;
  sessions: string | number;
  held: string | number;
  seats: string | number;
  confirmed: string | number;
  waiting: string | number;
  recorded: string | number;
  attended: string | number;
}

const counts = (r: Row): SessionCounts => {
  const attendanceRecorded = num(r.recorded);
  const attended = num(r.attended);
  return {
    sessions: num(r.sessions),
    held: num(r.held),
    seats: num(r.seats),
    confirmed: num(r.confirmed),
    waiting: num(r.waiting),
    attendanceRecorded,
    attended,
    attendanceRate: share(attended, attendanceRecorded),
  };
};

/**
 * Joint advisory sessions starting in the year (Copenhagen time) that were not cancelled, by the
 * administration that owns them (optionally one): how many, how many have been held by `now`,
 * seats, confirmed and waiting bookings, and attendance (of confirmed bookings whose attendance a
 * host recorded, how many came). Only statuses and flags are read: the figures stay when names
 * and contacts are erased.
 */
export async function sessionFigures(db: Database, filter: StatisticsFilter, now: Date = new Date()): Promise<SessionFigures> {
  const adm = filter.administrationId;
  const rows = await db.execute<Row>(sql`
    with year_sessions as (
      select s.id, s.administration_id, s.capacity, s.ends_at from advisory_sessions s
      where s.status <> 'cancelled' and ${inYear(sql`s.starts_at`, filter.year)}
        and (${adm}::uuid is null or s.administration_id = ${adm}::uuid)),
    booked as (
      select b.session_id,
             count(*) filter (where b.status = 'confirmed') as confirmed,
             count(*) filter (where b.status = 'waiting') as waiting,
             count(*) filter (where b.status = 'confirmed' and b.attended is not null) as recorded,
             count(*) filter (where b.status = 'confirmed' and b.attended) as attended
      from advisory_bookings b join year_sessions y on y.id = b.session_id
      group by b.session_id)
    select ad.id as key, ad.name_da, ad.name_en,
           count(*) as sessions,
           count(*) filter (where y.ends_at <= ${now.toISOString()}::timestamptz) as held,
           sum(y.capacity) as seats,
           coalesce(sum(k.confirmed), 0) as confirmed,
           coalesce(sum(k.waiting), 0) as waiting,
           coalesce(sum(k.recorded), 0) as recorded,
           coalesce(sum(k.attended), 0) as attended
    from year_sessions y
    join administrations ad on ad.id = y.administration_id
    left join booked k on k.session_id = y.id
    group by ad.id, ad.name_da, ad.name_en`);
  const byAdministration: SessionRow[] = inDanishOrder([...rows].map((r) => ({ key: r.key, label: labelOf(r), ...counts(r) })));
  const total = byAdministration.reduce(
    (sum, r) => ({
      sessions: sum.sessions + r.sessions,
      held: sum.held + r.held,
      seats: sum.seats + r.seats,
      confirmed: sum.confirmed + r.confirmed,
      waiting: sum.waiting + r.waiting,
      attendanceRecorded: sum.attendanceRecorded + r.attendanceRecorded,
      attended: sum.attended + r.attended,
      attendanceRate: null,
    }),
    { sessions: 0, held: 0, seats: 0, confirmed: 0, waiting: 0, attendanceRecorded: 0, attended: 0, attendanceRate: null } as SessionCounts,
  );
  total.attendanceRate = share(total.attended, total.attendanceRecorded);
  return { byAdministration, total };
}
