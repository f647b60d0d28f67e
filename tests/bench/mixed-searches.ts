/**
 * The reading part of the mixed load: searches as citizens type them (words, the first letters
 * of a word while typing, misspellings, English, filters, near a place, a second page) through
 * `/api/search` (the search-as-you-type island) and the `/soeg` page, and detail pages.
 */
import type { MixedFixtures } from './mixed-fixtures';
import type { HttpRequest } from './mixed-http';

/** A seeded random source, so that two runs send the same traffic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
/** Popular searches are searched more often: the first of a list is picked most. */
const popular = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * rnd() * list.length)]!;

const WORDS = [
  'besøgsven', 'ensom', 'strikkecafé', 'gåhold', 'madklub', 'lektiehjælp', 'sorggruppe', 'kor', 'fællesspisning',
  'computerhjælp', 'sprogcafé', 'løbeklub', 'pårørende', 'netværk', 'havehold', 'hjælp til at handle', 'gratis psykolog',
  'mentor', 'svømning', 'brætspil', 'demens', 'frivillig', 'cykel', 'indkøb', 'samtale', 'ældre', 'mad', 'motion',
];
/** As typed into the search box before the word is finished (the island asks after each pause). */
const PREFIXES = ['stri', 'strikke', 'besø', 'besøgs', 'lekt', 'lektie', 'mad', 'sorg', 'fælles', 'compu', 'gå'];
const MISSPELT = ['besogsven', 'strikkecafe', 'lektiehjalp', 'fælesspisning', 'sorggrupe', 'computerhjelp', 'gaahold', 'løbeklubb', 'sprogcafe'];
const ENGLISH = ['lonely', 'homework help', 'knitting', 'language cafe', 'choir', 'volunteer', 'walking group', 'grief', 'visiting friend'];
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** One search's parameters: a query of some sort, often a filter, sometimes a place or a next page. */
function searchParams(rnd: () => number, f: MixedFixtures): URLSearchParams {
  const p = new URLSearchParams();
  const r = rnd();
  if (r < 0.45) p.set('q', popular(rnd, WORDS));
  else if (r < 0.6) p.set('q', pick(rnd, PREFIXES));
  else if (r < 0.72) p.set('q', pick(rnd, MISSPELT));
  else if (r < 0.84) {
    p.set('q', pick(rnd, ENGLISH));
    p.set('locale', 'en');
  } else if (r < 0.92) p.set('q', popular(rnd, WORDS));
  // else: no words, only filters or a place (browsing)
  const filters = rnd();
  if (filters < 0.12) p.set('district', pick(rnd, f.districts));
  else if (filters < 0.2) p.set('targetGroup', pick(rnd, f.targetGroups));
  else if (filters < 0.27) p.set('category', pick(rnd, f.categories));
  else if (filters < 0.32) p.set('kind', 'volunteer_role');
  else if (filters < 0.36) p.set('free', 'true');
  else if (filters < 0.4) p.set('weekday', pick(rnd, WEEKDAYS));
  else if (filters < 0.44) {
    p.set('district', pick(rnd, f.districts));
    p.set('free', 'true');
    p.append('weekday', pick(rnd, WEEKDAYS));
  }
  const place = rnd();
  if (place < 0.08) {
    p.set('lat', (55.64 + rnd() * 0.08).toFixed(4));
    p.set('lng', (12.5 + rnd() * 0.12).toFixed(4));
    p.set('radiusKm', pick(rnd, ['1', '2', '5']));
  } else if (place < 0.14) {
    p.set('postalCode', pick(rnd, f.postalCodes));
  }
  if (!p.has('q') && [...p.keys()].length === 0) p.set('district', pick(rnd, f.districts));
  if (rnd() < 0.08) p.set('page', '2');
  return p;
}

/** A search: three in four through the API (as the island asks), one in four as the whole page. */
export function searchRequest(rnd: () => number, f: MixedFixtures): HttpRequest {
  const params = searchParams(rnd, f);
  if (rnd() < 0.75) return { method: 'GET', path: `/api/search?${params}` };
  const english = params.get('locale') === 'en';
  params.delete('locale');
  return { method: 'GET', path: `${english ? '/en' : ''}/soeg?${params}` };
}

/** A detail page: mostly activities, then associations and advisory sessions; some in English. */
export function detailRequest(rnd: () => number, f: MixedFixtures): HttpRequest {
  const lang = rnd() < 0.15 ? '/en' : '';
  const r = rnd();
  if (r < 0.6) return { method: 'GET', path: `${lang}/aktiviteter/${encodeURIComponent(pick(rnd, f.activities))}` };
  if (r < 0.85) return { method: 'GET', path: `${lang}/foreninger/${encodeURIComponent(pick(rnd, f.associations))}` };
  return { method: 'GET', path: `${lang}/raadgivning/${encodeURIComponent(pick(rnd, f.sessions))}` };
}
