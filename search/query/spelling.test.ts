import { describe, expect, it } from 'vitest';
import { correctedQuery, vocabularyWord } from './spelling';

describe('vocabularyWord', () => {
  it('finds the need a misspelt word probably means', () => {
    expect(vocabularyWord('indkøbsbuss')).toBe('indkøbsbus');
    expect(vocabularyWord('bornefamilier')).toBe('børnefamilie');
    expect(vocabularyWord('lektiehjalp')).toBe('lektiehjælp');
  });

  it('leaves a word of the vocabulary and an unrelated word alone', () => {
    expect(vocabularyWord('besøgsven')).toBeUndefined();
    expect(vocabularyWord('fodbold')).toBeUndefined();
    expect(vocabularyWord('kaffe')).toBeUndefined();
  });
});

describe('correctedQuery', () => {
  it('corrects only the words that need it', () => {
    expect(correctedQuery('indkøbsbuss i Valby')).toBe('indkøbsbus i valby');
  });

  it('is null when nothing changes', () => {
    expect(correctedQuery('sorggruppe for unge')).toBeNull();
  });
});
