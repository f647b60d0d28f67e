import type { ActivityDoc, SearchHit, SearchResponse } from '../../search/types';

/** What a case may know about the demo activities beyond the response: their documents, by id. */
export type Facts = Map<string, ActivityDoc>;

/** One search a citizen makes, and what counts as the right answer. */
export interface RelevanceCase {
  /** The search as URL parameters, the way the search page sends it. */
  query: Record<string, string>;
  /** What counts as a hit, in words (printed in the table). */
  expect: string;
  check: (response: SearchResponse, facts: Facts) => boolean;
  /** Set when the PostgreSQL fallback cannot be expected to find it, with the reason. */
  meiliOnly?: string;
}

const slugIn = (hits: SearchHit[], n: number) => hits.slice(0, n).map((h) => h.slug ?? '');

/** The listing with this slug is among the first n hits. */
const top = (slug: string, n: number) => (r: SearchResponse) => slugIn(r.hits, n).includes(slug);
/** A listing whose slug matches the pattern is among the first n hits. */
const topMatching = (pattern: RegExp, n: number) => (r: SearchResponse) => slugIn(r.hits, n).some((s) => pattern.test(s));
/** An activity meeting the predicate is among the first n hits. */
const topActivity = (n: number, ok: (doc: ActivityDoc) => boolean) => (r: SearchResponse, facts: Facts) =>
  r.hits.slice(0, n).some((h) => h.type === 'activity' && facts.has(h.id) && ok(facts.get(h.id)!));
/** There are hits, and every one of them meets the predicate. */
const every = (ok: (hit: SearchHit, facts: Facts) => boolean) => (r: SearchResponse, facts: Facts) =>
  r.hits.length > 0 && r.hits.every((h) => ok(h, facts));
const activityWith = (ok: (doc: ActivityDoc) => boolean) => (h: SearchHit, facts: Facts) =>
  h.type === 'activity' && facts.has(h.id) && ok(facts.get(h.id)!);

const VALBY = { lat: '55.6612', lng: '12.5034' };
const AMAGER_OEST = { lat: '55.657', lng: '12.609' };
const ascending = (r: SearchResponse) => r.hits.every((h, i) => i === 0 || (h.distanceKm ?? Infinity) >= (r.hits[i - 1]?.distanceKm ?? 0));

/**
 * At least 30 Danish searches chosen from the demo catalogue (db/seed/data): exact names,
 * misspellings, no æøå, synonyms, needs in plain words, English, filters and places.
 */
export const CASES: RelevanceCase[] = [
  // Exact names
  { query: { q: 'Natlinjen: anonym samtale i telefonen' }, expect: 'natlinjen-anonym-samtale-i-telefonen first', check: top('natlinjen-anonym-samtale-i-telefonen', 1) },
  { query: { q: 'Cykelkursus for flygtningekvinder' }, expect: 'cykelkursus-for-flygtningekvinder first', check: top('cykelkursus-for-flygtningekvinder', 1) },
  { query: { q: 'Gadens Stue Vesterbro' }, expect: 'association gadens-stue-vesterbro in top 3', check: top('gadens-stue-vesterbro', 3) },
  { query: { q: 'Demenskor i Vanløse' }, expect: 'demenskor-i-vanloese first', check: top('demenskor-i-vanloese', 1) },
  { query: { q: 'Mødregruppe for unge mødre' }, expect: 'moedregruppe-for-unge-moedre in top 3', check: top('moedregruppe-for-unge-moedre', 3) },
  // Misspellings
  { query: { q: 'besøgsvener' }, expect: 'a besøgsven offer in top 5', check: topMatching(/^besoegsven-/, 5) },
  { query: { q: 'lektiehjalp' }, expect: 'a lektiehjælp offer in top 3', check: topMatching(/^lektiehjaelp-/, 3) },
  { query: { q: 'indkøbsbuss' }, expect: 'an indkøbstur in top 5', check: topMatching(/^indkoebstur-/, 5) },
  { query: { q: 'strikkecafe' }, expect: 'a strikkecafé in top 3', check: topMatching(/^strikkecafe-/, 3) },
  { query: { q: 'gældsrådgivnig' }, expect: 'gratis-gaeldsraadgivning in top 3', check: top('gratis-gaeldsraadgivning', 3) },
  { query: { q: 'psykolg' }, expect: 'samtaler-med-frivillig-psykolog in top 3', check: top('samtaler-med-frivillig-psykolog', 3) },
  { query: { q: 'natlinien' }, expect: 'a Natlinjen offer in top 3', check: topMatching(/^natlinjen-/, 3) },
  // Without æ, ø and å
  { query: { q: 'sorggruppe boern' }, expect: 'sorggruppe-for-boern in top 3', check: top('sorggruppe-for-boern', 3) },
  { query: { q: 'bornefamilier' }, expect: 'an activity for børn og familier in top 5', check: topActivity(5, (d) => d.targetGroups.includes('boern-og-familier')) },
  { query: { q: 'gronlandsk vaerested' }, expect: 'groenlandsk-vaerested in top 3', check: top('groenlandsk-vaerested', 3) },
  { query: { q: 'strikkecafe osterbro' }, expect: 'strikkecafe-paa-oesterbro in top 3', check: top('strikkecafe-paa-oesterbro', 3) },
  // Synonyms
  { query: { q: 'ensom' }, expect: 'a besøgsven activity in top 5', check: topMatching(/besoegsven/, 5) },
  {
    query: { q: 'ensom' },
    expect: 'help for the lonely citizen first: the first three are offers, not volunteer jobs',
    check: (r) => r.hits.length >= 3 && r.hits.slice(0, 3).every((h) => h.type !== 'activity' || h.kind === 'offer'),
  },
  { query: { q: 'handle' }, expect: 'an indkøbstur in top 5', check: topMatching(/^indkoebstur-/, 5) },
  { query: { q: 'terapi' }, expect: 'samtaler-med-frivillig-psykolog in top 5', check: top('samtaler-med-frivillig-psykolog', 5) },
  { query: { q: 'fællesspisning' }, expect: 'a spisefællesskab in top 5', check: topMatching(/^spisefaellesskab-/, 5) },
  { query: { q: 'pensionist' }, expect: 'an activity for ældre in top 5', check: topActivity(5, (d) => d.targetGroups.includes('aeldre')) },
  { query: { q: 'idræt' }, expect: 'an exercise activity in top 5', check: topActivity(5, (d) => d.categories.includes('motion-og-bevaegelse')) },
  // Needs in plain words
  { query: { q: 'hjælp til at handle' }, expect: 'an indkøbstur in top 3', check: topMatching(/^indkoebstur-/, 3) },
  { query: { q: 'gratis psykolog' }, expect: 'samtaler-med-frivillig-psykolog in top 3', check: top('samtaler-med-frivillig-psykolog', 3) },
  { query: { q: 'nogen at tale med om natten' }, expect: 'a Natlinjen offer in top 3', check: topMatching(/^natlinjen-/, 3) },
  { query: { q: 'hjælp til computer' }, expect: 'IT help in top 5', check: topActivity(5, (d) => d.categories.includes('it-og-digital-hjaelp')) },
  { query: { q: 'har mistet min mand' }, expect: 'a grief group for older people in top 5', check: topMatching(/^sorggruppe-for-aeldre/, 5) },
  { query: { q: 'gæld' }, expect: 'gratis-gaeldsraadgivning in top 3', check: top('gratis-gaeldsraadgivning', 3) },
  // English, through English summaries and labels
  { query: { q: 'lonely' }, expect: 'an activity for ensomme in top 5', check: topActivity(5, (d) => d.targetGroups.includes('ensomme') || /besoegsven|kulturven/.test(d.slug)) },
  { query: { q: 'homework help' }, expect: 'a lektiehjælp offer in top 3', check: topMatching(/lektiehjaelp/, 3) },
  { query: { q: 'grief group' }, expect: 'a sorggruppe in top 5', check: topMatching(/sorggruppe/, 5) },
  { query: { q: 'debt advice' }, expect: 'gratis-gaeldsraadgivning in top 5', check: top('gratis-gaeldsraadgivning', 5) },
  // Filters
  { query: { district: 'valby' }, expect: 'only Valby listings', check: every((h) => h.district === 'Valby') },
  { query: { q: 'besøgsven', district: 'Amager Øst' }, expect: 'besoegsven-paa-amager-oest first', check: top('besoegsven-paa-amager-oest', 1) },
  { query: { q: 'frivillig', kind: 'volunteer_role' }, expect: 'only volunteer roles', check: every((h) => h.type === 'activity' && h.kind === 'volunteer_role') },
  { query: { category: 'samvaer-og-netvaerk', free: 'true', perPage: '50' }, expect: 'only free activities', check: every(activityWith((d) => d.free)) },
  { query: { weekday: 'lørdag', perPage: '50' }, expect: 'only Saturday activities, the cycling course among them', check: (r, f) => every(activityWith((d) => d.weekdays.includes('SA')))(r, f) && top('cykelkursus-for-flygtningekvinder', 50)(r) },
  { query: { lang: 'ar' }, expect: 'only activities held in Arabic', check: every(activityWith((d) => d.languages.includes('ar'))) },
  // Places
  { query: { ...VALBY, radiusKm: '50' }, expect: 'nearest first, a Valby listing first', check: (r) => ascending(r) && r.hits[0]?.district === 'Valby' },
  { query: { ...AMAGER_OEST, radiusKm: '1', perPage: '50' }, expect: 'only listings within 1 km', check: every((h) => h.distanceKm !== null && h.distanceKm <= 1 && h.district === 'Amager Øst') },
  { query: { q: 'gåhold', postalCode: '2500' }, expect: 'gaahold-i-valby first near 2500 Valby', check: top('gaahold-i-valby', 1) },
  // Advisory sessions (the demo's online session for relatives; relevance.test.ts makes one if the seed has none)
  {
    query: { q: 'rådgivning pårørende' },
    expect: 'an advisory session for relatives in top 3',
    check: (r) => r.hits.slice(0, 3).some((h) => h.type === 'session' && /pårørende/i.test(h.title)),
  },
];
