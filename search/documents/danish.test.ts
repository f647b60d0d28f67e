import { describe, expect, it } from 'vitest';
import { compoundKeywords, danishSortKey, foldDanish, foldedOnly, splitCompound } from './danish';

describe('foldDanish', () => {
  it('writes ø both as o and as oe, so that "besogsven" and "besoegsven" both match', () => {
    expect(foldDanish('Besøgsven')).toBe('besogsven besoegsven');
  });

  it('writes å as a and as aa, and æ as ae', () => {
    expect(foldDanish('på Rådhuset')).toBe('pa paa radhuset raadhuset');
    expect(foldDanish('Ældre')).toBe('aeldre');
  });

  it('keeps words without æ, ø or å, and every word only once', () => {
    expect(foldDanish('Gratis gratis psykolog')).toBe('gratis psykolog');
  });

  it('folds a word with several special letters in one go', () => {
    expect(foldDanish('Søndagsmøde på Østerbro')).toBe('sondagsmode soendagsmoede pa paa osterbro oesterbro');
  });
});

describe('foldedOnly', () => {
  it('holds only the folded spellings, not the words that were already plain', () => {
    expect(foldedOnly('Gåtur i Søndermarken')).toBe('gatur gaatur sondermarken soendermarken');
  });

  it('is empty for a text without æ, ø or å', () => {
    expect(foldedOnly('Madklub for alle')).toBe('');
  });
});

describe('splitCompound', () => {
  it('splits a compound at a known head and drops the linking s', () => {
    expect(splitCompound('Idrætsforening')).toEqual(['idræt', 'forening']);
    expect(splitCompound('besøgsvenner')).toEqual(['besøg', 'venner']);
    expect(splitCompound('indkøbsbus')).toEqual(['indkøb', 'bus']);
  });

  it('splits compounds of more than two parts', () => {
    expect(splitCompound('telefonrådgivningslinje')).toEqual(['telefon', 'rådgivning', 'linje']);
  });

  it('keeps an s that belongs to the first word', () => {
    expect(splitCompound('kursushold')).toEqual(['kursus', 'hold']);
  });

  it('leaves words that only look like compounds alone', () => {
    expect(splitCompound('kultur')).toEqual(['kultur']);
    expect(splitCompound('natur')).toEqual(['natur']);
    expect(splitCompound('forening')).toEqual(['forening']);
    expect(splitCompound('psykolog')).toEqual(['psykolog']);
  });

  it('splits a short first part before a long head', () => {
    expect(splitCompound('Gåhold')).toEqual(['gå', 'hold']);
  });
});

describe('compoundKeywords', () => {
  it('writes out the parts and the other forms of the head', () => {
    const keywords = compoundKeywords('Besøgsvenner i Valby');
    expect(keywords).toEqual(expect.arrayContaining(['besøg', 'venner', 'ven']));
    expect(keywords).not.toContain('besøgsvenner');
  });

  it('finds compounds inside hyphenated words', () => {
    expect(compoundKeywords('Senior-idrætsforening')).toEqual(expect.arrayContaining(['idræt', 'forening']));
  });

  it('adds nothing for a text without compounds', () => {
    expect(compoundKeywords('Gratis psykolog')).toEqual([]);
  });
});

describe('danishSortKey', () => {
  const sorted = (names: string[]) => [...names].sort((a, b) => (danishSortKey(a) < danishSortKey(b) ? -1 : 1));

  it('puts Æ, Ø and Å after Z, in that order', () => {
    expect(sorted(['Åben café', 'Zumba', 'Ældresagen', 'Østerbro Gåhold', 'Aftenskole'])).toEqual([
      'Aftenskole',
      'Zumba',
      'Ældresagen',
      'Østerbro Gåhold',
      'Åben café',
    ]);
  });

  it('treats "aa" as å and ignores case and accents', () => {
    expect(sorted(['Aarhus', 'Zealand', 'Ørsted'])).toEqual(['Zealand', 'Ørsted', 'Aarhus']);
    expect(danishSortKey('Café Æble')).toBe(danishSortKey('cafe æble'));
  });

  it('contains only letters a to z, digits and spaces', () => {
    expect(danishSortKey('Ældre- & Pårørende-gruppen (2025)')).toMatch(/^[a-z0-9 ]+$/);
  });
});
