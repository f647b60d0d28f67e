import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { compareDanish, inDanishOrder, labelOf } from './sql';
import type { ListingCountRow, StaleFigures, StaleListing, StatisticsFilter } from './types';

interface Row extends Record<string, unknown> {
  kind: 'association' | 'activity';
  id: string;
  slug: string;
  name: string;
  association_name: string;
  administration_id: string;
  name_da: string;
  name_en: string;
  /** Milliseconds since 1970, so no date text format is parsed. */
  stale_since: string | number;
  last_verified_at: string | number | null;
}

const iso = (epochMs: string | number) => new Date(Number(epochMs)).toISOString();

/**
 * Listings marked stale now (unconfirmed 15 months: `stale_since` set by the freshness job) that
 * are still published or paused, by responsible administration (optionally one), and the list,
 * longest stale first. The year of the filter does not apply: staleness is a state of today.
 */
export async function staleFigures(db: Database, filter: StatisticsFilter): Promise<StaleFigures> {
  const adm = filter.administrationId;
  const rows = await db.execute<Row>(sql`
    select 'activity' as kind, a.id, a.slug, a.name, s.name as association_name, a.administration_id,
           ad.name_da, ad.name_en, extract(epoch from a.stale_since) * 1000 as stale_since, extract(epoch from a.last_verified_at) * 1000 as last_verified_at
    from activities a join associations s on s.id = a.association_id join administrations ad on ad.id = a.administration_id
    where a.stale_since is not null and a.status in ('published', 'paused')
      and (${adm}::uuid is null or a.administration_id = ${adm}::uuid)
    union all
    select 'association', s.id, s.slug, s.name, s.name, s.administration_id,
           ad.name_da, ad.name_en, extract(epoch from s.stale_since) * 1000, extract(epoch from s.last_verified_at) * 1000
    from associations s join administrations ad on ad.id = s.administration_id
    where s.stale_since is not null and s.status in ('published', 'paused')
      and (${adm}::uuid is null or s.administration_id = ${adm}::uuid)`);
  const listings: StaleListing[] = [...rows]
    .map((r) => ({
      kind: r.kind,
      id: r.id,
      slug: r.slug,
      name: r.name,
      associationName: r.association_name,
      administrationId: r.administration_id,
      administration: labelOf(r),
      staleSince: iso(r.stale_since),
      lastVerifiedAt: r.last_verified_at === null ? null : iso(r.last_verified_at),
    }))
    .sort((a, b) => a.staleSince.localeCompare(b.staleSince) || compareDanish(a.name, b.name));

  const rowsByAdm = new Map<string, ListingCountRow>();
  for (const listing of listings) {
    const row = rowsByAdm.get(listing.administrationId) ?? { key: listing.administrationId, label: listing.administration, associations: 0, activities: 0 };
    if (listing.kind === 'association') row.associations += 1;
    else row.activities += 1;
    rowsByAdm.set(listing.administrationId, row);
  }
  const byAdministration = inDanishOrder([...rowsByAdm.values()]);
  return {
    byAdministration,
    listings,
    totals: {
      associations: listings.filter((l) => l.kind === 'association').length,
      activities: listings.filter((l) => l.kind === 'activity').length,
    },
  };
}
