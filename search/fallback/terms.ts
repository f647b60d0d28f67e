import { words } from '../documents/danish';
import { DANISH_STOP_WORDS } from '../settings/stop-words';
import { means } from '../query/spelling';
import { SYNONYM_GROUPS } from '../settings/synonyms';
import { fold } from '../query/fold';

/**
 * One word of the query with every spelling that should find what it means: its synonyms (so
 * "ensom" also finds "alene"), and the synonyms of the word it is probably a typo of
 * ("indkøbsbuss" → indkøbsbus → indkøbstur, handle...). Spellings are folded (see fold.ts).
 */
export interface QueryGroup {
  word: string;
  /** Folded single words or phrases (words separated by a space). */
  variants: string[];
}

const STOP = new Set(DANISH_STOP_WORDS.map(fold));

const FOLDED_GROUPS = SYNONYM_GROUPS.map((group) => group.map(fold));
const PHRASES = new Set(FOLDED_GROUPS.flat().filter((w) => w.includes(' ')));

/** Joins two neighbouring words that together are a synonym phrase ("uden betaling"). */
function joinPhrases(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const pair = `${tokens[i]} ${tokens[i + 1]}`;
    if (i + 1 < tokens.length && PHRASES.has(pair)) {
      out.push(pair);
      i++;
    } else {
      out.push(tokens[i]!);
    }
  }
  return out;
}

/**
 * The query as groups of spellings, one group per meaningful word. Danish stop words are left out
 * ("hjælp til at handle" → hjælp, handle), unless the query is nothing but stop words.
 */
export function queryGroups(q: string): QueryGroup[] {
  const tokens = joinPhrases(words(q).map(fold).flatMap((w) => w.split('-')).filter((w) => w !== ''));
  const meaningful = tokens.filter((t) => !STOP.has(t));
  return (meaningful.length > 0 ? meaningful : tokens).map((word) => {
    const variants = new Set([word]);
    for (const group of FOLDED_GROUPS) {
      if (group.some((synonym) => means(word, synonym))) for (const synonym of group) variants.add(synonym);
    }
    return { word, variants: [...variants] };
  });
}

/** A folded word or phrase made safe for `to_tsquery`: letters (of any script) and digits only. */
function lexemes(variant: string): string[] {
  return variant.split(' ').map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w !== '');
}

/**
 * The `to_tsquery` text of a group: its spellings ORed, phrases as `a <-> b`. The typed word also
 * matches as a prefix, so that "sorg" finds "sorggruppe" and a half-typed word finds something.
 */
export function groupTsquery(group: QueryGroup): string {
  const parts = group.variants.flatMap((variant) => {
    const ws = lexemes(variant);
    if (ws.length === 0) return [];
    if (ws.length > 1) return [`(${ws.join(' <-> ')})`];
    const prefix = variant === group.word && ws[0]!.length >= 3 ? ':*' : '';
    return [`${ws[0]}${prefix}`];
  });
  return parts.join(' | ');
}
