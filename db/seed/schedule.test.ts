import { describe, expect, it } from 'vitest';
import { parseSchedule } from './schedule';
import { slugify } from '../slug';

describe('parseSchedule', () => {
  it('reads weekly rules with minutes', () => {
    expect(parseSchedule('MO,TH 09:30-11:30')).toEqual({
      freq: 'WEEKLY', interval: 1, byday: ['MO', 'TH'], opensAt: '09:30:00', closesAt: '11:30:00', note: null,
    });
  });

  it('reads monthly rules, intervals and notes', () => {
    expect(parseSchedule('1TU 17-19')).toMatchObject({ freq: 'MONTHLY', byday: ['1TU'] });
    expect(parseSchedule('TH 10-13 /2')).toMatchObject({ freq: 'WEEKLY', interval: 2 });
    expect(parseSchedule({ rule: 'WE 10-12', note: 'Efter aftale' }).note).toBe('Efter aftale');
  });

  it('refuses malformed rules', () => {
    for (const bad of ['XX 10-12', 'MO 25-26', 'MO 10-10', '1MO,TU 10-12', 'MO 10']) {
      expect(() => parseSchedule(bad), bad).toThrow();
    }
  });
});

describe('slugify', () => {
  it('spells the Danish letters out in ASCII', () => {
    expect(slugify('Brønshøj-Husum Borgerhjælp')).toBe('broenshoej-husum-borgerhjaelp');
    expect(slugify('Recept på Fællesskab Vesterbro')).toBe('recept-paa-faellesskab-vesterbro');
    expect(slugify("Natlinjen: anonym samtale i telefonen")).toBe('natlinjen-anonym-samtale-i-telefonen');
    expect(slugify("Ta'fat & venner")).toBe('tafat-og-venner');
  });
});
