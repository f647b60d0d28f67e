import { describe, expect, it } from 'vitest';
import { fold } from '../query/fold';
import { groupTsquery, queryGroups } from './terms';

describe('fold', () => {
  it('brings the ways of typing æ, ø and å to one spelling', () => {
    expect(fold('Børn')).toBe('born');
    expect(fold('boern')).toBe('born');
    expect(fold('Lektiehjælp')).toBe('lektiehjalp');
    expect(fold('Ålekistevej')).toBe('alekistevej');
    expect(fold('Strikkecafé')).toBe('strikkecafe');
  });
});

describe('queryGroups', () => {
  it('leaves out Danish stop words', () => {
    expect(queryGroups('hjælp til at handle').map((g) => g.word)).toEqual(['hjalp', 'handle']);
  });

  it('keeps a query of only stop words', () => {
    expect(queryGroups('og').map((g) => g.word)).toEqual(['og']);
  });

  it('adds the synonyms of a word', () => {
    const [ensom] = queryGroups('ensom');
    expect(ensom?.variants).toEqual(expect.arrayContaining(['ensomhed', 'alene']));
  });

  it('adds the synonyms of an inflected word', () => {
    expect(queryGroups('ensomme')[0]?.variants).toContain('alene');
  });

  it('adds the synonyms of the word a typo probably means', () => {
    expect(queryGroups('indkøbsbuss')[0]?.variants).toEqual(expect.arrayContaining(['indkobstur', 'handle']));
    expect(queryGroups('besøgsvener')[0]?.variants).toContain('besogsvenner');
  });

  it('reads two words that form a synonym phrase as one', () => {
    expect(queryGroups('uden betaling').map((g) => g.word)).toEqual(['uden betaling']);
    expect(queryGroups('uden betaling')[0]?.variants).toContain('gratis');
  });
});

describe('groupTsquery', () => {
  it('ORs the spellings, phrases as phrases, the typed word also as a prefix', () => {
    expect(groupTsquery({ word: 'sorg', variants: ['sorg', 'efterladte', 'uden navn'] })).toBe('sorg:* | efterladte | (uden <-> navn)');
  });

  it('lets nothing through that to_tsquery would read as an operator', () => {
    expect(groupTsquery({ word: "a'|b", variants: ["a'|b"] })).toBe('ab');
  });

  it('keeps words in other scripts, so that an Arabic search finds no Danish listing rather than all', () => {
    expect(groupTsquery({ word: 'مساعدة', variants: ['مساعدة'] })).toBe('مساعدة:*');
  });
});
