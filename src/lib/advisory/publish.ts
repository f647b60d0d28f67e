import { like } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { advisorySeries, advisorySessionHosts, advisorySessions, advisorySessionTerms } from '../../../db/schema';
import { slugify } from '../../../db/slug';
import { firstFreeSlug } from '../admin/slug';
import { pgError, type Tx } from '../referral/db';
import { wallClock } from '../schedule/zone';
import { AdvisoryError } from './errors';
import { checkReferences } from './references';
import { sessionTimes } from './recurrence';
import { hostRows, sessionColumns } from './rows';
import type { Host, SessionInput } from './types';
import { validateSessionFields } from './validate';

/** Slugs keep the topic readable but short; the date makes them unique in most cases. */
const TOPIC_SLUG_LENGTH = 60;

/** The Copenhagen date of an instant as `YYYY-MM-DD`. */
export function copenhagenDate(instant: Date): string {
  const { year, month, day } = wallClock(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The topic part of a slug: at most 60 characters, cut between words. */
export function topicSlug(topic: string): string {
  const full = slugify(topic) || 'raadgivning';
  if (full.length <= TOPIC_SLUG_LENGTH) return full;
  const cut = full.slice(0, TOPIC_SLUG_LENGTH);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** `<topic>-<yyyy-mm-dd>` for each start, with `-2`, `-3` … when another session has it already. */
async function freeSlugs(tx: Tx, topic: string, starts: Date[]): Promise<string[]> {
  const base = topicSlug(topic);
  const rows = await tx.select({ slug: advisorySessions.slug }).from(advisorySessions).where(like(advisorySessions.slug, `${base}-%`));
  const taken = new Set(rows.map((r) => r.slug));
  return starts.map((start) => {
    const slug = firstFreeSlug(`${base}-${copenhagenDate(start)}`, taken, 'raadgivning');
    taken.add(slug);
    return slug;
  });
}

/**
 * Publishes one session, or every date of `input.repeat` (at most 53) with a series row that
 * remembers the rule, in one transaction: sessions, hosts (the coordinator's administration owns
 * and always hosts) and topics. Only a coordinator may publish, for their own administration.
 * Throws AdvisoryError not_allowed | invalid (fields as in validate.ts, hosts/terms/district,
 * a first date that has passed).
 */
export async function publishSessions(db: Database, input: SessionInput, actor: Host): Promise<{ seriesId: string | null; ids: string[]; slugs: string[] }> {
  if (actor.role !== 'coordinator' || !actor.administrationId) throw new AdvisoryError('not_allowed');
  const ownerId = actor.administrationId;
  const clean = { ...validateSessionFields(input), repeat: input.repeat };
  const times = sessionTimes(clean);
  if (times[0]!.start.getTime() <= Date.now()) throw new AdvisoryError('invalid', { date: 'advisory.invalid.datePast' });

  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        await checkReferences(tx, clean);
        let seriesId: string | null = null;
        if (clean.repeat) {
          const [series] = await tx
            .insert(advisorySeries)
            .values({
              administrationId: ownerId,
              freq: clean.repeat.freq,
              interval: clean.repeat.interval,
              byday: clean.repeat.byday,
              validFrom: clean.date,
              validTo: clean.repeat.until,
              createdBy: actor.id,
            })
            .returning({ id: advisorySeries.id });
          seriesId = series!.id;
        }
        const slugs = await freeSlugs(tx, clean.topic, times.map((o) => o.start));
        const columns = sessionColumns(clean);
        const rows = await tx
          .insert(advisorySessions)
          .values(times.map((o, i) => ({ ...columns, slug: slugs[i]!, seriesId, administrationId: ownerId, startsAt: o.start, endsAt: o.end, createdBy: actor.id })))
          .returning({ id: advisorySessions.id, slug: advisorySessions.slug });
        const ids = rows.map((r) => r.id);
        await tx.insert(advisorySessionHosts).values(hostRows(ids, ownerId, clean));
        if (clean.termIds.length > 0) {
          await tx.insert(advisorySessionTerms).values(ids.flatMap((sessionId) => clean.termIds.map((termId) => ({ sessionId, termId }))));
        }
        return { seriesId, ids, slugs: rows.map((r) => r.slug) };
      });
    } catch (error) {
      // Another coordinator took the same slug between our look and our insert: look again.
      const { code, constraint } = pgError(error);
      if (code !== '23505' || constraint !== 'advisory_sessions_slug_unique' || attempt >= 3) throw error;
    }
  }
}
