import type { Database } from '../../../db/client';
import { loadOrganizations, loadServices, publicOrganizationIds, publicServiceIds } from './load';
import { toHsdsOrganization } from './organization';
import { toHsdsService } from './service';
import type { HsdsDataset, HsdsOrganization, HsdsService } from './types';

/** Drops fields that are undefined, so that objects compare and serialise as HSDS has them. */
export function compact<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Today's date in Copenhagen as `YYYY-MM-DD`. */
export function copenhagenToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** The HSDS organizations of these association ids (public ones only, in the order given). */
export async function hsdsOrganizations(db: Database, ids: readonly string[]): Promise<HsdsOrganization[]> {
  return (await loadOrganizations(db, ids)).map((r) => compact(toHsdsOrganization(r)));
}

/** The HSDS services of these activity ids (exported ones only, in the order given). */
export async function hsdsServices(db: Database, ids: readonly string[], now = new Date()): Promise<HsdsService[]> {
  const today = copenhagenToday(now);
  return (await loadServices(db, ids)).map((r) => compact(toHsdsService(r, today)));
}

/**
 * The full public dataset: every published association as an organization (by name), and every
 * exported activity as a service (by association, then name) with its locations, contacts,
 * schedules, attributes and languages nested. Services point to their organization by
 * `organization_id`; organizations list their services in brief.
 */
export async function exportDataset(db: Database, now = new Date()): Promise<HsdsDataset> {
  const [organizationIds, serviceIds] = await Promise.all([publicOrganizationIds(db), publicServiceIds(db)]);
  const [organizations, services] = await Promise.all([hsdsOrganizations(db, organizationIds), hsdsServices(db, serviceIds, now)]);
  return { organizations, services };
}
