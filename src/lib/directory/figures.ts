import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, administrations, associations } from '../../../db/schema';

/** A few live numbers that show what the directory holds. */
export interface DirectoryFigures {
  /** Published associations. */
  associations: number;
  /** Published activities and volunteer roles of published associations. */
  activities: number;
  /** Administrations (forvaltninger) taking part. */
  administrations: number;
}

/**
 * Counts what the public can see, in one round trip. An activity counts only when its
 * association is published too, because the public never sees the activities of a hidden one.
 */
export async function directoryFigures(db: Database): Promise<DirectoryFigures> {
  const [row] = await db.execute<{ associations: number; activities: number; administrations: number }>(sql`
    select
      (select count(*) from ${associations} where ${associations.status} = 'published')::int as associations,
      (select count(*) from ${activities}
         join ${associations} on ${associations.id} = ${activities.associationId}
        where ${activities.status} = 'published' and ${associations.status} = 'published')::int as activities,
      (select count(*) from ${administrations})::int as administrations
  `);
  if (!row) throw new Error('directoryFigures: the count query returned no row');
  return {
    associations: Number(row.associations),
    activities: Number(row.activities),
    administrations: Number(row.administrations),
  };
}
