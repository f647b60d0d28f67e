import { describe, expect, it } from 'vitest';
import { activityDoc } from '../documents/activities';
import { contactDoc } from '../documents/contacts';
import { associationDoc } from '../documents/associations';
import { activityRow, sessionRow } from '../documents/sample-rows';
import { sessionDoc } from '../documents/sessions';
import { INDEX_SETTINGS } from './index-settings';
import { foldedSynonymsSetting, SYNONYM_GROUPS } from './synonyms';

const samples = {
  activities: activityDoc(activityRow()),
  associations: associationDoc({
    id: 'a', slug: 'a', name: 'A', description: '', stale: false, administration: 'sof', administration_name: 'S',
    administration_name_en: 'S', own_district: null, own_district_name: null, terms: [], activity_names: [],
    places: activityRow().places,
  }),
  contacts: contactDoc({
    id: 'c', name: 'C', title: null, email: null, phone: '1', association_name: 'A', association_slug: 'a',
    activity_name: null, activity_slug: null, stale: false, administration: 'sof', districts: [],
  }),
  sessions: sessionDoc(sessionRow()),
};

describe('index settings', () => {
  for (const [index, settings] of Object.entries(INDEX_SETTINGS) as [keyof typeof samples, (typeof INDEX_SETTINGS)['activities']][]) {
    it(`names only fields the ${index} documents have`, () => {
      const fields = Object.keys(samples[index]);
      const named = [
        ...(settings.searchableAttributes ?? []),
        ...((settings.filterableAttributes ?? []) as string[]),
        ...(settings.sortableAttributes ?? []),
      ];
      expect(named.filter((f) => !fields.includes(f))).toEqual([]);
    });

    it(`ranks ${index} only by fields their documents have`, () => {
      const fields = Object.keys(samples[index]);
      const custom = (settings.rankingRules ?? []).filter((rule) => rule.includes(':')).map((rule) => rule.split(':')[0]!);
      expect(custom.filter((f) => !fields.includes(f))).toEqual([]);
    });
  }

  it('ranks a stale listing below an equally good fresh one, before offers go before roles', () => {
    const rules = INDEX_SETTINGS.activities.rankingRules!;
    expect(rules.indexOf('staleRank:asc')).toBe(rules.indexOf('sort') + 1);
    expect(rules.indexOf('staleRank:asc')).toBeLessThan(rules.indexOf('kindRank:asc'));
  });

  it('searches activities by name before summary, and Danish fields before English ones', () => {
    const order = INDEX_SETTINGS.activities.searchableAttributes!;
    expect(order[0]).toBe('name');
    expect(order.indexOf('summary')).toBeLessThan(order.indexOf('summaryEn'));
    expect(order.indexOf('targetGroupNames')).toBeLessThan(order.indexOf('targetGroupNamesEn'));
  });

  it('shows one session per series, the next date first', () => {
    const sessions = INDEX_SETTINGS.sessions;
    expect(sessions.distinctAttribute).toBe('seriesKey');
    expect(sessions.rankingRules?.at(-1)).toBe('startsAt:asc');
    // The same rules before it as the other indexes, so that federated scores compare alike.
    expect(sessions.rankingRules?.slice(0, -1)).toEqual(INDEX_SETTINGS.activities.rankingRules);
  });

  it('can filter sessions by everything the search sends them, and leave out ended ones', () => {
    expect(INDEX_SETTINGS.sessions.filterableAttributes).toEqual(
      expect.arrayContaining(['categories', 'districts', 'administration', 'endsAt', '_geo']),
    );
  });

  it('can filter activities by every facet of the search page, and near a point', () => {
    expect(INDEX_SETTINGS.activities.filterableAttributes).toEqual(
      expect.arrayContaining(['kind', 'targetGroups', 'categories', 'districts', 'administration', 'weekdays', 'free', 'languages', 'wheelchair', '_geo']),
    );
  });
});

describe('synonyms', () => {
  it('has at least 40 Danish groups', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(40);
  });

  it('lets a word typed without æøå reach its whole group', () => {
    const synonyms = foldedSynonymsSetting();
    expect(synonyms.besogsven).toEqual(expect.arrayContaining(['besøgsven', 'besøgstjeneste', 'besøgsvenner']));
    expect(synonyms.besoegsven).toEqual(expect.arrayContaining(['besøgsven']));
    expect(synonyms.ensom).toEqual(expect.arrayContaining(['ensomhed', 'alene']));
    expect(synonyms.aeldre).toEqual(expect.arrayContaining(['pensionist']));
  });
});
