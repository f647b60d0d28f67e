import { words } from '../documents/danish';
import { fold } from './fold';
import { SYNONYM_GROUPS } from '../settings/synonyms';

/**
 * The words of the synonym groups are the directory's vocabulary of needs ("indkøbsbus",
 * "besøgsvenner", "børnefamilie"). Many of them appear in no listing, only as a synonym, so a
 * search engine's own typo tolerance cannot reach them: "indkøbsbuss" is one letter from
 * "indkøbsbus" but three from "indkøbstur". This module finds the vocabulary word a typed word
 * probably means, for both engines.
 */

/** Trigram similarity as pg_trgm counts it (each word padded with two spaces before, one after). */
export function trigramSimilarity(a: string, b: string): number {
  const grams = (word: string) => {
    const padded = `  ${word} `;
    const out = new Set<string>();
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
    return out;
  };
  const ta = grams(a);
  const tb = grams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/**
 * Whether a typed word (folded) means a vocabulary word (folded): the same, an inflection of it
 * (ensomme → ensom, besøgsvennerne → besøgsvenner) or, for longer words, a likely typo of it.
 */
export function means(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (word.length >= 4 && typed.startsWith(word) && typed.length - word.length <= 3) return true;
  return typed.length >= 6 && word.length >= 5 && trigramSimilarity(typed, word) >= 0.5;
}

const VOCABULARY = [...new Set(SYNONYM_GROUPS.flat().filter((w) => !w.includes(' ')))].map((word) => ({ word, folded: fold(word) }));
const KNOWN = new Set(VOCABULARY.map((v) => v.word));

/**
 * The vocabulary word a typed word probably means (the same word written without æøå counts), or
 * undefined if it is one already or means none.
 */
export function vocabularyWord(typed: string): string | undefined {
  const lower = typed.toLocaleLowerCase('da');
  if (KNOWN.has(lower)) return undefined;
  const folded = fold(lower);
  let best: { word: string; score: number } | undefined;
  for (const { word, folded: candidate } of VOCABULARY) {
    if (!means(folded, candidate)) continue;
    const score = trigramSimilarity(folded, candidate);
    if (!best || score > best.score) best = { word, score };
  }
  return best?.word;
}

/**
 * The query with each word that is not in the vocabulary replaced by the vocabulary word it
 * probably means ("indkøbsbuss" → "indkøbsbus", "bornefamilier" → "børnefamilie"), or null when
 * nothing changes. Searched beside the query as typed, never instead of it.
 */
export function correctedQuery(q: string): string | null {
  const typed = words(q);
  const corrected = typed.map((word) => vocabularyWord(word) ?? word);
  return corrected.some((word, i) => word !== typed[i]) ? corrected.join(' ') : null;
}
