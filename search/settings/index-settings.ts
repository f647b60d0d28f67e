import { type Meilisearch, MeilisearchApiError, type Settings } from 'meilisearch';
import { type IndexNames, indexNames } from '../indexes';
import { waitSucceeded } from '../sync/tasks';
import { DANISH_STOP_WORDS } from './stop-words';
import { foldedSynonymsSetting } from './synonyms';

/** Settings all four indexes share. */
const common = {
  // Words, typos and proximity first, as Meilisearch does: a sort never lifts a listing that
  // matches fewer words or worse spellings. Then `sort`, which is only set near a place (distance)
  // or when browsing without words (Danish name order): among equally good matches a citizen who
  // asked for "near me" gets the nearest first. Without a sort the rule does nothing.
  //
  // `kindRank` then puts offers before volunteer roles, associations and contacts: a lonely
  // citizen who types "ensom" should meet visiting friends for herself before eight "Bliv
  // besøgsven" jobs whose summaries say "en ensom nabo". A volunteer still finds the roles by their
  // names (more words match) or the kind filter. All four indexes carry kindRank and the same
  // rules, so that the federated search compares ranking scores of the same shape.
  //
  // `staleRank` comes before kindRank: a listing nobody has confirmed for 15 months (its phone
  // number or meeting time may be wrong) goes below a fresh one that answers the query as well,
  // even a fresh volunteer role below a stale offer. It is never hidden: it may be the only match,
  // and its page warns the reader to call first. Contacts carry the staleness of their listing.
  rankingRules: ['words', 'typo', 'proximity', 'sort', 'staleRank:asc', 'kindRank:asc', 'attribute', 'exactness'],
  stopWords: [...DANISH_STOP_WORDS],
  synonyms: foldedSynonymsSetting(),
  // One typo from 4 letters (default 5): Danish needs are short words ("sorg", "mad", "kor" stays exact).
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  // English labels and summaries are English; everything else Danish, so that short Danish text is
  // not tokenised as Swedish or Norwegian. The first matching pattern wins.
  localizedAttributes: [
    { attributePatterns: ['*En'], locales: ['eng'] },
    { attributePatterns: ['*'], locales: ['dan'] },
  ],
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 1000 },
} satisfies Settings;

/**
 * Per index: searchable attributes in order of importance (Meilisearch's `attribute` rule ranks a
 * match in an earlier attribute higher), then what can be filtered, faceted and sorted.
 */
export const INDEX_SETTINGS: Readonly<Record<keyof IndexNames, Settings>> = {
  activities: {
    ...common,
    searchableAttributes: [
      'name', // what people call it: "Besøgsvenner i Valby"
      'keywords', // the parts of its compounds: "besøg", "ven", so "ven" finds "Besøgsvenner"
      'summary', // the one or two sentences people read in the results
      'categoryNames', // a need in words: "Rådgivning og samtale"
      'targetGroupNames', // who it is for: "Ensomme", "Ældre"
      'associationName', // "Røde Kors" finds its activities
      'folded', // the words above as typed without æøå ("besogsven"): as good as the real word
      'summaryEn', // English queries: after every Danish field, so Danish words win in Danish
      'categoryNamesEn',
      'targetGroupNamesEn',
      'description', // long text matches many words by chance: late
      'districtNames', // "Valby" as a word matches, but a district filter is the better tool
      'administrationName',
      'administrationNameEn',
    ],
    filterableAttributes: [
      'type', 'kind', 'targetGroups', 'categories', 'districts', 'administration', 'weekdays', 'free',
      'languages', 'wheelchair', 'associationSlug', '_geo',
    ],
    sortableAttributes: ['sortName', '_geo', 'lastVerifiedAt'],
  },
  associations: {
    ...common,
    searchableAttributes: [
      'name',
      'keywords',
      'activityNames', // "strikkecafé" also finds the association that runs it
      'categoryNames',
      'targetGroupNames',
      'folded',
      'categoryNamesEn',
      'targetGroupNamesEn',
      'description',
      'districtNames',
      'administrationName',
      'administrationNameEn',
    ],
    filterableAttributes: ['type', 'targetGroups', 'categories', 'districts', 'administration', '_geo'],
    sortableAttributes: ['sortName', '_geo'],
  },
  contacts: {
    ...common,
    // A contact is found by its own name or role, or by what it is the contact of.
    searchableAttributes: ['name', 'title', 'activityName', 'associationName', 'folded'],
    filterableAttributes: ['type', 'districts', 'administration', 'associationSlug', 'activitySlug'],
    sortableAttributes: [],
  },
  sessions: {
    ...common,
    // Every date of a repeating session is a document of its own, all with the same words: one hit
    // per series (else a weekly session would fill the first page), the next date, because among
    // documents that rank alike the earliest start comes first (the last rule).
    distinctAttribute: 'seriesKey',
    rankingRules: [...common.rankingRules, 'startsAt:asc'],
    searchableAttributes: [
      'topic', // "Rådgivning for pårørende"
      'keywords', // compound parts, and "rådgivningsmøde" so that the word finds every session
      'categoryNames', // its topics as the directory's categories
      'hostNames', // "Ældre Sagen" finds the sessions it hosts
      'folded',
      'topicEn',
      'categoryNamesEn',
      'description',
      'descriptionEn',
      'placeName',
      'districtNames',
      'administrationName',
      'hostNamesEn',
      'administrationNameEn',
    ],
    // endsAt: a session that ended since the last sync is filtered out until the sync removes it.
    filterableAttributes: ['type', 'categories', 'districts', 'administration', 'audience', 'languages', 'endsAt', 'seriesKey', '_geo'],
    sortableAttributes: ['sortName', '_geo', 'startsAt'],
  },
};

/**
 * Creates the indexes (primary key `id`) if they are missing and brings their settings up to
 * date, waiting until Meilisearch has applied them. Apply before adding documents, or
 * Meilisearch indexes everything twice.
 */
export async function applySettings(client: Meilisearch, prefix: string, timeoutMs = 300_000): Promise<void> {
  await applySettingsTo(client, indexNames(prefix), timeoutMs);
}

/** As `applySettings`, for explicit index names (a reindex applies them to its new indexes). */
export async function applySettingsTo(client: Meilisearch, names: IndexNames, timeoutMs = 300_000): Promise<void> {
  const keys = Object.keys(names) as (keyof IndexNames)[];
  await Promise.all(keys.map((key) => ensureIndex(client, names[key], timeoutMs)));
  const tasks = await Promise.all(
    keys.map(async (key) => {
      const changed = await changedSettings(client, names[key], INDEX_SETTINGS[key]);
      return changed ? client.index(names[key]).updateSettings(changed) : undefined;
    }),
  );
  await waitSucceeded(client, tasks.filter((t) => t !== undefined), timeoutMs);
}

async function ensureIndex(client: Meilisearch, uid: string, timeoutMs: number): Promise<void> {
  try {
    await client.getIndex(uid);
  } catch (error) {
    if (!(error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')) throw error;
    // Two instances starting at once may both create it; the loser's task fails harmlessly.
    const task = await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: timeoutMs });
    if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
      throw new Error(`Kunne ikke oprette søgeindekset ${uid}: ${task.error?.message ?? task.status}`);
    }
  }
}

/**
 * The settings that differ from what the index has, or undefined if none do: re-sending equal
 * settings would still queue a task at every start, behind any bulk import in progress.
 */
async function changedSettings(client: Meilisearch, uid: string, wanted: Settings): Promise<Settings | undefined> {
  const current = (await client.index(uid).getSettings()) as Record<string, unknown>;
  const changed = Object.entries(wanted).filter(
    ([key, value]) => canonical(project(current[key], value), key) !== canonical(value, key),
  );
  return changed.length > 0 ? (Object.fromEntries(changed) as Settings) : undefined;
}

/** Settings whose list order means something; every other list is compared as a set. */
const ORDERED_KEYS = new Set(['searchableAttributes', 'rankingRules', 'localizedAttributes', 'attributePatterns']);

/** `current` cut to the keys `wanted` sets: Meilisearch answers with defaults we do not set. */
function project(current: unknown, wanted: unknown): unknown {
  if (!isObject(current) || !isObject(wanted)) return current;
  return Object.fromEntries(Object.keys(wanted).map((k) => [k, project(current[k], wanted[k])]));
}

/** JSON with object keys sorted, and lists sorted unless their order means something. */
function canonical(value: unknown, key = ''): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, key));
    return `[${(ORDERED_KEYS.has(key) ? items : items.sort()).join(',')}]`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k], k)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
