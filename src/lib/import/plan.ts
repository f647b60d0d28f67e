import type { Tx } from '../listing/db';
import { IdPool, SlugPool } from './diff';
import { byOwner, idsInUse, loadExisting, slugsInUse } from './existing';
import { Issues } from './issues';
import { matchRecords } from './match';
import type { ImportData } from './model';
import { Planner } from './planner';
import type { Reference } from './reference';
import { emptySummary, emptyWrites, type Summary, type Writes } from './writes';

/** What an import will do: every write, counted per kind; or the problems that stop it. */
export interface Plan {
  summary: Summary;
  writes: Writes;
  issues: Issues;
}

const sourceIds = (data: ImportData) => ({
  associations: data.associations.map((a) => a.sourceId),
  activities: data.associations.flatMap((a) => a.activities.map((s) => s.sourceId)),
  places: data.associations.flatMap((a) => a.activities.flatMap((s) => [...s.places.values()].map((p) => p.sourceId ?? ''))),
  contacts: data.associations.flatMap((a) => [...a.contacts, ...a.activities.flatMap((s) => s.contacts)].map((c) => c.sourceId ?? '')),
  schedules: data.associations.flatMap((a) => a.activities.flatMap((s) => s.schedules.map((x) => x.sourceId ?? ''))),
});

/**
 * Compares a checked file with the database and plans every write, without writing. Run inside
 * the import's transaction, so that what is planned is what is applied.
 */
export async function planImport(tx: Tx, data: ImportData, reference: Reference, now: Date): Promise<Plan> {
  const issues = new Issues();
  const existing = await loadExisting(tx, data);
  const associationMatch = matchRecords(issues, data.associations, existing.associations);
  const activityMatch = matchRecords(issues, data.associations.flatMap((a) => a.activities), existing.activities);
  const ids = sourceIds(data);
  const [associationIds, activityIds, placeIds, contactIds, scheduleIds] = await Promise.all([
    idsInUse(tx, 'associations', ids.associations),
    idsInUse(tx, 'activities', ids.activities),
    idsInUse(tx, 'places', ids.places),
    idsInUse(tx, 'contacts', ids.contacts),
    idsInUse(tx, 'schedules', ids.schedules),
  ]);
  // Slugs are read only when something new needs one (a re-import creates nothing).
  const newAssociations = ids.associations.length > associationMatch.size;
  const newActivities = ids.activities.length > activityMatch.size;
  const planner = new Planner(byOwner(existing), {
    writes: emptyWrites(),
    summary: emptySummary(),
    ids: { place: new IdPool(placeIds), contact: new IdPool(contactIds), schedule: new IdPool(scheduleIds) },
    reference,
    now,
  });
  const pools = {
    association: new IdPool(associationIds),
    activity: new IdPool(activityIds),
    associationSlug: new SlugPool(newAssociations ? await slugsInUse(tx, 'associations') : new Set()),
    activitySlug: new SlugPool(newActivities ? await slugsInUse(tx, 'activities') : new Set()),
  };
  for (const association of data.associations) planner.association(association, associationMatch.get(association), activityMatch, pools);
  return { summary: planner.ctx.summary, writes: planner.ctx.writes, issues };
}
