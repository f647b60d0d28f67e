const FROM = 'æøåéèêëáàâäöüóòôíìîúùûç';
const TO = 'aoaeeeeaaaaouoooiiiuuuc';

/**
 * The spelling key of search: the same as the SQL function `indgang_fold` of migration 0003 (keep
 * the two in step: search-fallback.test.ts compares them). Text and query are both folded, so
 * "boern", "born" and "børn" meet as "born", and "lektiehjalp" meets "lektiehjælp". Digraphs
 * first (oe → o, ae → a, aa → a), then the letters (ø → o, æ → a, å → a) and accents.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase().replaceAll('oe', 'o').replaceAll('ae', 'a').replaceAll('aa', 'a');
  let out = '';
  for (const char of lower) {
    const at = FROM.indexOf(char);
    out += at >= 0 ? TO[at] : char;
  }
  return out;
}

