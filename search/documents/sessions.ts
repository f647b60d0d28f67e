import type { Database } from '../../db/client';
import type { SessionDoc } from '../types';
import { DESCRIPTION_CHARS } from './activities';
import { type Page, collect, distinct, pageFilter, pageLimit, pages } from './batches';
import { compoundKeywords, danishSortKey, foldedOnly, words } from './danish';
import { type TermFact, termLabels } from './facts';
import { sessionWhen } from '../../src/lib/advisory/words';

/** A host of a session as aggregated beside it. */
interface HostFact {
  kind: 'administration' | 'association';
  slug: string;
  da: string;
  en: string;
}

interface SessionRow {
  id: string;
  slug: string;
  series_key: string;
  topic: string;
  topic_en: string | null;
  description: string;
  description_en: string | null;
  /** Drizzle's postgres.js client reads timestamps as text. */
  starts_at: Date | string;
  ends_at: Date | string;
  audience: SessionDoc['audience'];
  languages: string[];
  place_name: string | null;
  online: boolean;
  latitude: number | null;
  longitude: number | null;
  administration: string;
  administration_name: string;
  administration_name_en: string;
  district: string | null;
  district_name: string | null;
  hosts: HostFact[];
  terms: TermFact[];
}

/**
 * Words that find every session: a citizen who types "rådgivningsmøde" (or "rådgivning") wants to
 * see them whatever their topic. Added as keywords, so a topic match still ranks first.
 */
export const SESSION_WORDS = ['rådgivningsmøde', 'rådgivningsmøder', 'rådgivning', 'møde'];

/**
 * One query per page: published sessions that have not ended, with their hosts and topics
 * aggregated beside them. Only published associations are named as hosts (a draft association is
 * not public yet); administrations always are.
 */
function readSessions(db: Database, page: Page): Promise<SessionRow[]> {
  const sql = db.$client;
  return sql<SessionRow[]>`
    select se.id, se.slug, coalesce(se.series_id, se.id)::text as series_key, se.topic, se.topic_en,
           left(se.description, ${DESCRIPTION_CHARS}) as description, left(se.description_en, ${DESCRIPTION_CHARS}) as description_en,
           se.starts_at, se.ends_at, se.audience, se.languages, se.place_name, se.online_url is not null as online,
           se.latitude, se.longitude,
           ad.slug as administration, ad.name_da as administration_name, ad.name_en as administration_name_en,
           d.slug as district, d.name as district_name,
           coalesce((select json_agg(h order by h.kind, h.da)
                     from (select 'administration' as kind, ha.slug, ha.name_da as da, ha.name_en as en
                           from advisory_session_hosts sh join administrations ha on ha.id = sh.administration_id
                           where sh.session_id = se.id
                           union
                           select 'association', hs.slug, hs.name, hs.name
                           from advisory_session_hosts sh join associations hs on hs.id = sh.association_id
                           where sh.session_id = se.id and hs.status = 'published') h), '[]') as hosts,
           coalesce((select json_agg(json_build_object('taxonomy', t.taxonomy, 'slug', t.slug, 'da', t.name_da, 'en', t.name_en)
                                     order by t.taxonomy, t.name_da)
                     from advisory_session_terms st join taxonomy_terms t on t.id = st.term_id
                     where st.session_id = se.id), '[]') as terms
    from advisory_sessions se
    join administrations ad on ad.id = se.administration_id
    left join districts d on d.id = se.district_id
    where se.status = 'published' and se.ends_at > now() and ${pageFilter(sql, 'se.id', page)}
    ${pageLimit(sql, 'se.id', page)}`;
}

/** The search document of one session row. */
export function sessionDoc(row: SessionRow): SessionDoc {
  const start = new Date(row.starts_at);
  const end = new Date(row.ends_at);
  // The publishing administration first: it is the one the hit names.
  const administrations = [
    { slug: row.administration, da: row.administration_name, en: row.administration_name_en },
    ...row.hosts.filter((h) => h.kind === 'administration' && h.slug !== row.administration),
  ];
  const associations = row.hosts.filter((h) => h.kind === 'association');
  const hosts = [...administrations, ...associations];
  // Topics are category terms; a target group there would be a mistake of the data, not a topic.
  const categories = termLabels(row.terms, 'category');
  const present = new Set(words([row.topic, ...categories.da].join(' ')));
  const keywords = distinct([
    ...compoundKeywords(row.topic, ...categories.da, ...associations.map((h) => h.da)),
    ...SESSION_WORDS.filter((w) => !present.has(w)),
  ]);
  return {
    id: row.id,
    type: 'session',
    kindRank: 1,
    staleRank: 0,
    slug: row.slug,
    seriesKey: row.series_key,
    topic: row.topic,
    topicEn: row.topic_en,
    description: row.description,
    descriptionEn: row.description_en,
    // In the words of the session's own page and mails.
    when: sessionWhen('da', { startsAt: start, endsAt: end }),
    whenEn: sessionWhen('en', { startsAt: start, endsAt: end }),
    startsAt: start.getTime(),
    endsAt: end.getTime(),
    hostNames: distinct(hosts.map((h) => h.da)),
    hostNamesEn: distinct(hosts.map((h) => h.en)),
    administration: distinct(administrations.map((h) => h.slug)),
    administrationName: row.administration_name,
    administrationNameEn: row.administration_name_en,
    districts: distinct([row.district]),
    districtNames: distinct([row.district_name]),
    categories: categories.slugs,
    categoryNames: categories.da,
    categoryNamesEn: categories.en,
    audience: row.audience,
    languages: row.languages,
    online: row.online,
    placeName: row.place_name,
    keywords,
    folded: foldedOnly([row.topic, ...hosts.map((h) => h.da), ...keywords].join(' ')),
    ...(row.latitude !== null && row.longitude !== null ? { _geo: { lat: row.latitude, lng: row.longitude } } : {}),
    sortName: danishSortKey(row.topic),
  };
}

/**
 * The documents of the given sessions, page by page; ids that are cancelled, ended or gone are
 * simply absent (the sync deletes them from the index). With no ids: every indexable session.
 */
export async function* sessionDocBatches(db: Database, ids?: readonly string[], size = 1000): AsyncGenerator<SessionDoc[]> {
  for await (const rows of pages((page) => readSessions(db, page), ids, size)) yield rows.map(sessionDoc);
}

/** The documents of the given sessions (every published session that has not ended when `ids` is omitted). */
export function buildSessionDocs(db: Database, ids?: readonly string[]): Promise<SessionDoc[]> {
  return collect(sessionDocBatches(db, ids));
}
