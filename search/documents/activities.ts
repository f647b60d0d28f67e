import type { Database } from '../../db/client';
import { describeSchedule, type ScheduleRule } from '../../src/lib/schedule';
import { type ActivityDoc, WEEKDAYS, type Weekday } from '../types';
import { type Page, collect, distinct, pageFilter, pageLimit, pages } from './batches';
import { compoundKeywords, danishSortKey, foldedOnly } from './danish';
import { type PlaceFact, type TermFact, geoOf, termLabels } from './facts';

/** Enough of the description to match on and to cut a snippet from. */
export const DESCRIPTION_CHARS = 600;

interface ActivityRow {
  id: string;
  slug: string;
  name: string;
  summary: string;
  summary_en: string | null;
  description: string;
  kind: ActivityDoc['kind'];
  is_free: boolean;
  languages: string[];
  /** Drizzle's postgres.js client reads timestamps as text. */
  last_verified_at: Date | string | null;
  stale: boolean;
  association_name: string;
  association_slug: string;
  administration: string;
  administration_name: string;
  administration_name_en: string;
  owner_district: string | null;
  owner_district_name: string | null;
  terms: TermFact[];
  places: PlaceFact[];
  weekdays: string[];
  /** Optional for sample rows of tests that do not care; the query always gives it. */
  schedules?: ScheduleRule[];
}

/** The rules in words; a rule the describer cannot read is left out rather than failing the document. */
function when(rules: ScheduleRule[] | undefined, locale: 'da' | 'en'): string[] {
  return (rules ?? []).flatMap((rule) => {
    try {
      return [describeSchedule(rule, locale)];
    } catch {
      return [];
    }
  });
}

/**
 * One query per page: the published activities of published associations with their terms,
 * places and weekdays aggregated beside them (no query per activity).
 */
function readActivities(db: Database, page: Page): Promise<ActivityRow[]> {
  const sql = db.$client;
  return sql<ActivityRow[]>`
    select a.id, a.slug, a.name, a.summary, a.summary_en, left(a.description, ${DESCRIPTION_CHARS}) as description,
           a.kind, a.is_free, a.languages, a.last_verified_at, a.stale_since is not null as stale,
           s.name as association_name, s.slug as association_slug,
           ad.slug as administration, ad.name_da as administration_name, ad.name_en as administration_name_en,
           sd.slug as owner_district, sd.name as owner_district_name,
           coalesce((select json_agg(json_build_object('taxonomy', t.taxonomy, 'slug', t.slug, 'da', t.name_da, 'en', t.name_en)
                                     order by t.taxonomy, t.name_da)
                     from activity_terms at join taxonomy_terms t on t.id = at.term_id
                     where at.activity_id = a.id), '[]') as terms,
           coalesce((select json_agg(json_build_object('lat', p.latitude, 'lng', p.longitude, 'wheelchair', p.wheelchair_accessible,
                                                       'district', d.slug, 'districtName', d.name)
                                     order by p.created_at, p.id)
                     from activity_places ap join places p on p.id = ap.place_id left join districts d on d.id = p.district_id
                     where ap.activity_id = a.id), '[]') as places,
           -- '1TU' (first Tuesday of the month) is a Tuesday too.
           coalesce((select array_agg(distinct right(b, 2)) from schedules sc cross join unnest(sc.byday) b
                     where sc.activity_id = a.id), '{}') as weekdays,
           coalesce((select json_agg(json_build_object('freq', sc.freq, 'interval', sc.interval, 'byday', sc.byday,
                                                       'opensAt', sc.opens_at, 'closesAt', sc.closes_at, 'validFrom', sc.valid_from,
                                                       'validTo', sc.valid_to, 'note', sc.note)
                                     order by sc.created_at, sc.id)
                     from schedules sc where sc.activity_id = a.id), '[]') as schedules
    from activities a
    join associations s on s.id = a.association_id
    join administrations ad on ad.id = a.administration_id
    left join districts sd on sd.id = s.district_id
    where a.status = 'published' and s.status = 'published' and ${pageFilter(sql, 'a.id', page)}
    ${pageLimit(sql, 'a.id', page)}`;
}

/** The search document of one activity row. */
export function activityDoc(row: ActivityRow): ActivityDoc {
  const placeDistricts = distinct(row.places.map((p) => p.district));
  // An activity without places of its own happens where its association is; null is city-wide.
  const districts = placeDistricts.length > 0 ? placeDistricts : distinct([row.owner_district]);
  const districtNames =
    placeDistricts.length > 0 ? distinct(row.places.map((p) => p.districtName)) : distinct([row.owner_district_name]);
  const targets = termLabels(row.terms, 'target_group');
  const categories = termLabels(row.terms, 'category');
  const keywords = compoundKeywords(row.name, row.summary, row.association_name, ...categories.da, ...targets.da);
  const geo = geoOf(row.places);
  return {
    id: row.id,
    type: 'activity',
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    summaryEn: row.summary_en,
    description: row.description,
    kind: row.kind,
    kindRank: row.kind === 'offer' ? 0 : 1,
    staleRank: row.stale ? 1 : 0,
    associationName: row.association_name,
    associationSlug: row.association_slug,
    administration: row.administration,
    administrationName: row.administration_name,
    administrationNameEn: row.administration_name_en,
    districts,
    districtNames,
    targetGroups: targets.slugs,
    targetGroupNames: targets.da,
    targetGroupNamesEn: targets.en,
    categories: categories.slugs,
    categoryNames: categories.da,
    categoryNamesEn: categories.en,
    weekdays: WEEKDAYS.filter((d) => row.weekdays.includes(d)) as Weekday[],
    when: when(row.schedules, 'da'),
    whenEn: when(row.schedules, 'en'),
    free: row.is_free,
    languages: row.languages,
    wheelchair: row.places.some((p) => p.wheelchair),
    keywords,
    folded: foldedOnly([row.name, row.summary, row.association_name, ...keywords].join(' ')),
    ...(geo ? { _geo: geo } : {}),
    lastVerifiedAt: row.last_verified_at === null ? null : new Date(row.last_verified_at).getTime(),
    sortName: danishSortKey(row.name),
  };
}

/**
 * The documents of the given activities, page by page; ids that are not published (or whose
 * association is not) are simply absent. With no ids: every published activity.
 */
export async function* activityDocBatches(db: Database, ids?: readonly string[], size = 1000): AsyncGenerator<ActivityDoc[]> {
  for await (const rows of pages((page) => readActivities(db, page), ids, size)) yield rows.map(activityDoc);
}

/** The documents of the given activities (all published ones when `ids` is omitted). */
export function buildActivityDocs(db: Database, ids?: readonly string[]): Promise<ActivityDoc[]> {
  return collect(activityDocBatches(db, ids));
}
