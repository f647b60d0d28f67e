import { and, eq, inArray } from 'drizzle-orm';
import { administrations, associations, districts, taxonomyTerms } from '../../../db/schema';
import { isUuid, type Runner } from '../referral/db';
import { AdvisoryError } from './errors';
import type { SessionInput } from './types';

/**
 * Checks that what a session points at exists: the host administrations and associations, the
 * topics (which must be category terms, not target groups) and the district. An id that is not
 * there is the coordinator's stale form, so it is a field error, not a crash.
 */
export async function checkReferences(db: Runner, input: Omit<SessionInput, 'repeat'>): Promise<void> {
  const fields: Record<string, string> = {};
  const ids = [...input.hostAdministrationIds, ...input.hostAssociationIds, ...input.termIds];
  if (!ids.every(isUuid)) throw new AdvisoryError('invalid', { hosts: 'advisory.invalid.hosts', terms: 'advisory.invalid.terms' });
  if (input.hostAdministrationIds.length > 0) {
    const found = await db.select({ id: administrations.id }).from(administrations).where(inArray(administrations.id, input.hostAdministrationIds));
    if (found.length !== input.hostAdministrationIds.length) fields.hosts = 'advisory.invalid.hosts';
  }
  if (input.hostAssociationIds.length > 0) {
    const found = await db.select({ id: associations.id }).from(associations).where(inArray(associations.id, input.hostAssociationIds));
    if (found.length !== input.hostAssociationIds.length) fields.hosts = 'advisory.invalid.hosts';
  }
  if (input.termIds.length > 0) {
    const found = await db
      .select({ id: taxonomyTerms.id })
      .from(taxonomyTerms)
      .where(and(inArray(taxonomyTerms.id, input.termIds), eq(taxonomyTerms.taxonomy, 'category')));
    if (found.length !== input.termIds.length) fields.terms = 'advisory.invalid.terms';
  }
  const districtId = input.place?.districtId;
  if (districtId) {
    const found = isUuid(districtId) ? await db.select({ id: districts.id }).from(districts).where(eq(districts.id, districtId)) : [];
    if (found.length === 0) fields.district = 'advisory.invalid.district';
  }
  if (Object.keys(fields).length > 0) throw new AdvisoryError('invalid', fields);
}
