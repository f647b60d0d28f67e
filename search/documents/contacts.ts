import type { Database } from '../../db/client';
import type { ContactDoc } from '../types';
import { type Page, collect, pageFilter, pageLimit, pages } from './batches';
import { foldedOnly } from './danish';

interface ContactRow {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  association_name: string;
  association_slug: string;
  activity_name: string | null;
  activity_slug: string | null;
  stale: boolean;
  administration: string;
  districts: string[];
}

/**
 * One query per page: public contacts of published associations. A contact of one activity is
 * public only while that activity is published (its link would lead nowhere otherwise), and
 * belongs to the activity's administration and districts; others to the association's.
 */
function readContacts(db: Database, page: Page): Promise<ContactRow[]> {
  const sql = db.$client;
  return sql<ContactRow[]>`
    select c.id, c.name, c.title, c.email, c.phone,
           s.name as association_name, s.slug as association_slug,
           a.name as activity_name, a.slug as activity_slug,
           -- A contact of an activity is as fresh as the activity; the others as their association.
           case when a.id is not null then a.stale_since is not null else s.stale_since is not null end as stale,
           coalesce(aad.slug, sad.slug) as administration,
           coalesce(
             (select array_agg(distinct d.slug) from activity_places ap join places p on p.id = ap.place_id
              join districts d on d.id = p.district_id where ap.activity_id = a.id),
             (select array_agg(distinct d.slug) from districts d
              where d.id = s.district_id or d.id in (select p.district_id from places p where p.association_id = s.id)),
             '{}') as districts
    from contacts c
    join associations s on s.id = c.association_id
    join administrations sad on sad.id = s.administration_id
    left join activities a on a.id = c.activity_id
    left join administrations aad on aad.id = a.administration_id
    where c.visibility = 'public' and s.status = 'published' and (c.activity_id is null or a.status = 'published')
      and ${pageFilter(sql, 'c.id', page)}
    ${pageLimit(sql, 'c.id', page)}`;
}

/** The search document of one contact row. */
export function contactDoc(row: ContactRow): ContactDoc {
  return {
    id: row.id,
    type: 'contact',
    kindRank: 1,
    staleRank: row.stale ? 1 : 0,
    name: row.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    associationName: row.association_name,
    associationSlug: row.association_slug,
    activityName: row.activity_name,
    activitySlug: row.activity_slug,
    administration: row.administration,
    districts: row.districts,
    folded: foldedOnly([row.name, row.title ?? '', row.association_name, row.activity_name ?? ''].join(' ')),
  };
}

/** The documents of the given contacts, page by page (all public ones without ids). */
export async function* contactDocBatches(db: Database, ids?: readonly string[], size = 1000): AsyncGenerator<ContactDoc[]> {
  for await (const rows of pages((page) => readContacts(db, page), ids, size)) yield rows.map(contactDoc);
}

/** The documents of the given contacts (all public ones of published listings when `ids` is omitted). */
export function buildContactDocs(db: Database, ids?: readonly string[]): Promise<ContactDoc[]> {
  return collect(contactDocBatches(db, ids));
}
