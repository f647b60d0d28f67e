import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations } from '../../../db/schema';
import { mayCoordinate } from '../access/policy';
import type { SessionUser } from '../session/session';
import { NotAllowed } from './errors';
import { allExemptKeys } from './fields';
import type { ExemptKey } from './values';

export { exemptFieldsOf } from './rows';

/**
 * Sets the fields an administration lets associations change without review. Only its
 * coordinator may; unknown keys are refused (a stale form, or a crafted one).
 * Returns false when a key is unknown, and then stores nothing.
 */
export async function setExemptFields(
  db: Database,
  input: { administrationId: string; keys: string[]; actor: SessionUser },
): Promise<boolean> {
  if (!mayCoordinate(input.actor, input.administrationId)) {
    throw new NotAllowed(`user ${input.actor.id} may not set the exempt fields of ${input.administrationId}`);
  }
  const known = new Set<string>(allExemptKeys());
  if (!input.keys.every((key) => known.has(key))) return false;
  // Stored in the catalogue's order, so that the setting reads the same whatever the form sent.
  const keys = allExemptKeys().filter((key: ExemptKey) => input.keys.includes(key));
  await db.update(administrations).set({ reviewExemptFields: keys, updatedAt: new Date() }).where(eq(administrations.id, input.administrationId));
  return true;
}
