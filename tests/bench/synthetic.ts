import type postgres from 'postgres';

const HEADS = [
  'Strikkecafé', 'Gåhold', 'Besøgsvenner', 'Lektiehjælp', 'Madklub', 'Sprogcafé', 'Cykelhold', 'Sorggruppe',
  'Computerhjælp', 'Havehold', 'Kor', 'Løbeklub', 'Fællesspisning', 'Mentorordning', 'Indkøbstur', 'Samtalegruppe',
  'Svømmehold', 'Brætspilscafé', 'Pårørendegruppe', 'Netværksgruppe',
];
const PLACES = [
  'i Valby', 'på Nørrebro', 'på Østerbro', 'på Vesterbro', 'i Vanløse', 'i Brønshøj', 'i Bispebjerg', 'på Amager',
  'i Indre By', 'i Sydhavnen', 'i Husum', 'i Kongens Enghave',
];
const SUMMARIES = [
  'Vi mødes hver uge og hygger os sammen. Alle er velkomne.',
  'Få hjælp af en frivillig. Det er gratis, og du skal ikke melde dig til.',
  'Et fællesskab for dig, der gerne vil møde nye mennesker.',
  'Bliv frivillig og giv en hånd med et par timer om ugen.',
  'For ældre, der har brug for selskab og en snak.',
];

/**
 * Inserts `count` synthetic published activities spread over the existing associations, places
 * and taxonomy terms, in SQL on the server (no round trip per row). Names are built from
 * realistic Danish heads and places, so that searches hit many of them.
 */
export async function insertSyntheticActivities(sql: postgres.Sql, count: number, batch = 20_000): Promise<void> {
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await sql.begin(async (tx) => {
      await tx`
        with assoc as (
          select id, administration_id, (row_number() over (order by id)) - 1 as i
          from associations where status = 'published'
        ), n as (select count(*)::int as n from assoc)
        insert into activities (slug, association_id, administration_id, kind, name, summary, description,
                                summary_en, is_free, languages, status, last_verified_at)
        select 'syntetisk-' || g, a.id, a.administration_id,
               (case when g % 4 = 0 then 'volunteer_role' else 'offer' end)::activity_kind,
               (${HEADS}::text[])[1 + g % ${HEADS.length}] || ' ' || (${PLACES}::text[])[1 + (g / 7) % ${PLACES.length}] || ' ' || g,
               (${SUMMARIES}::text[])[1 + (g / 3) % ${SUMMARIES.length}],
               'Syntetisk aktivitet til belastningstest nummer ' || g || '.',
               'Synthetic activity for load testing.',
               g % 5 <> 0, case when g % 6 = 0 then array['da','en'] else array['da'] end,
               'published', now() - (g % 600) * interval '1 day'
        from generate_series(${from}::int, ${to}::int) g
        join n on true
        join assoc a on a.i = g % n.n`;
      await tx`
        with t as (select id, taxonomy, (row_number() over (partition by taxonomy order by id)) - 1 as i from taxonomy_terms),
             c as (select taxonomy, count(*)::int as n from taxonomy_terms group by taxonomy),
             act as (select id, substring(slug from 11)::int as g from activities
                     where slug like 'syntetisk-%' and substring(slug from 11)::int between ${from} and ${to})
        insert into activity_terms (activity_id, term_id)
        select act.id, t.id from act
        join c on true
        join t on t.taxonomy = c.taxonomy and t.i = (act.g + (case when c.taxonomy = 'category' then 3 else 0 end)) % c.n`;
      await tx`
        with p as (select id, (row_number() over (order by id)) - 1 as i from places),
             n as (select count(*)::int as n from places),
             act as (select id, substring(slug from 11)::int as g from activities
                     where slug like 'syntetisk-%' and substring(slug from 11)::int between ${from} and ${to})
        insert into activity_places (activity_id, place_id)
        select act.id, p.id from act join n on true join p on p.i = act.g % n.n`;
      await tx`
        insert into schedules (activity_id, freq, byday, opens_at, closes_at)
        select id, 'WEEKLY', array[(array['MO','TU','WE','TH','FR','SA','SU'])[1 + substring(slug from 11)::int % 7]],
               '10:00', '12:00'
        from activities
        where slug like 'syntetisk-%' and substring(slug from 11)::int between ${from} and ${to}`;
    });
  }
}
