import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../search/types';
import { groupHits } from './groups';

const hit = (type: SearchHit['type'], id: string): SearchHit => ({
  type,
  id,
  slug: id,
  url: `/${id}`,
  title: id,
  snippet: '',
  association: null,
  administration: null,
  district: null,
  distanceKm: null,
});

describe('result groups', () => {
  it('put activities first, then advisory sessions, associations and contacts, keeping the ranking within each', () => {
    const groups = groupHits([
      hit('contact', 'c1'),
      hit('session', 's1'),
      hit('activity', 'a1'),
      hit('association', 'f1'),
      hit('activity', 'a2'),
    ]);
    expect(groups.map((g) => [g.type, g.hits.map((h) => h.id)])).toEqual([
      ['activity', ['a1', 'a2']],
      ['session', ['s1']],
      ['association', ['f1']],
      ['contact', ['c1']],
    ]);
  });

  it('leave out empty groups', () => {
    expect(groupHits([hit('association', 'f1')]).map((g) => g.type)).toEqual(['association']);
  });
});
