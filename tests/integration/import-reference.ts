import type { Database } from '../../db/client';
import { administrations, districts, taxonomyTerms } from '../../db/schema';
import { generateDemoData } from '../../db/seed/generate';

/**
 * The reference data an import needs and never creates (administrations, districts, target
 * groups and categories), exactly as the demo seed makes them (same ids and slugs), and nothing
 * else: an "empty" database of a municipality that has set up Indgang but holds no listings.
 */
export async function insertReferenceData(db: Database): Promise<void> {
  const data = generateDemoData({ now: new Date(), passwordHash: 'not-used' });
  await db.insert(administrations).values(data.administrations);
  await db.insert(districts).values(data.districts);
  await db.insert(taxonomyTerms).values(data.taxonomyTerms);
}

/** A file's bytes, as an upload or `fs.readFile` gives them. */
export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
