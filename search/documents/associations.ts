import type { Database } from '../../db/client';
import type { AssociationDoc } from '../types';
import { type Page, collect, distinct, pageFilter, pageLimit, pages } from './batches';
import { DESCRIPTION_CHARS } from './activities';
import { compoundKeywords, danishSortKey, foldedOnly } from './danish';
import { type PlaceFact, type TermFact, geoOf, termLabels } from './facts';

interface AssociationRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  stale: boolean;
  administration: string;
  administration_name: string;
  administration_name_en: string;
  own_district: string | null;
  own_district_name: string | null;
  terms: TermFact[];
  activity_names: string[];
  places: PlaceFact[];
}

/**
 * One query per page: published associations with the terms and names of their published
 * activities, and their places, aggregated beside them.
 */
function readAssociations(db: Database, page: Page): Promise<AssociationRow[]> {
  const sql = db.$client;
  return sql<AssociationRow[]>`
    select s.id, s.slug, s.name, left(s.description, ${DESCRIPTION_CHARS}) as description, s.stale_since is not null as stale,
           ad.slug as administration, ad.name_da as administration_name, ad.name_en as administration_name_en,
           sd.slug as own_district, sd.name as own_district_name,
           coalesce((select json_agg(x order by x.taxonomy, x.da)
                     from (select distinct t.taxonomy, t.slug, t.name_da as da, t.name_en as en
                           from activities a
                           join activity_terms at on at.activity_id = a.id
                           join taxonomy_terms t on t.id = at.term_id
                           where a.association_id = s.id and a.status = 'published') x), '[]') as terms,
           coalesce((select array_agg(a.name order by a.name) from activities a
                     where a.association_id = s.id and a.status = 'published'), '{}') as activity_names,
           coalesce((select json_agg(json_build_object('lat', p.latitude, 'lng', p.longitude, 'wheelchair', p.wheelchair_accessible,
                                                       'district', d.slug, 'districtName', d.name)
                                     order by p.created_at, p.id)
                     from places p left join districts d on d.id = p.district_id
                     where p.association_id = s.id), '[]') as places
    from associations s
    join administrations ad on ad.id = s.administration_id
    left join districts sd on sd.id = s.district_id
    where s.status = 'published' and ${pageFilter(sql, 's.id', page)}
    ${pageLimit(sql, 's.id', page)}`;
}

/** The search document of one association row. */
export function associationDoc(row: AssociationRow): AssociationDoc {
  const targets = termLabels(row.terms, 'target_group');
  const categories = termLabels(row.terms, 'category');
  const keywords = compoundKeywords(row.name, ...row.activity_names, ...categories.da, ...targets.da);
  const geo = geoOf(row.places);
  return {
    id: row.id,
    type: 'association',
    kindRank: 1,
    staleRank: row.stale ? 1 : 0,
    slug: row.slug,
    name: row.name,
    description: row.description,
    administration: row.administration,
    administrationName: row.administration_name,
    administrationNameEn: row.administration_name_en,
    // Its own district first, then where its places are; none means it works city-wide.
    districts: distinct([row.own_district, ...row.places.map((p) => p.district)]),
    districtNames: distinct([row.own_district_name, ...row.places.map((p) => p.districtName)]),
    targetGroups: targets.slugs,
    targetGroupNames: targets.da,
    targetGroupNamesEn: targets.en,
    categories: categories.slugs,
    categoryNames: categories.da,
    categoryNamesEn: categories.en,
    activityNames: row.activity_names,
    keywords,
    folded: foldedOnly([row.name, ...row.activity_names, ...keywords].join(' ')),
    ...(geo ? { _geo: geo } : {}),
    sortName: danishSortKey(row.name),
  };
}

/** The documents of the given associations, page by page (all published ones without ids). */
export async function* associationDocBatches(
  db: Database,
  ids?: readonly string[],
  size = 1000,
): AsyncGenerator<AssociationDoc[]> {
  for await (const rows of pages((page) => readAssociations(db, page), ids, size)) yield rows.map(associationDoc);
}

/** The documents of the given associations (all published ones when `ids` is omitted). */
export function buildAssociationDocs(db: Database, ids?: readonly string[]): Promise<AssociationDoc[]> {
  return collect(associationDocBatches(db, ids));
}
