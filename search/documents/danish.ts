/**
 * Danish text helpers for the search documents: folding for people who type without æ, ø and å,
 * compound splitting (Meilisearch has neither Danish stemming nor decompounding), and a sort key
 * that puts Æ, Ø and Å after Z. Pure functions; see danish.test.ts.
 */

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The lower-case words of a text, in order, hyphenated words kept whole. */
export function words(text: string): string[] {
  return text.toLocaleLowerCase('da').match(WORD) ?? [];
}

/**
 * The spellings of a lower-case word (or phrase) typed without æ, ø or å: ø as o and as oe, å as a
 * and as aa, æ as ae. Meilisearch itself folds å → a and æ → ae but leaves ø alone, so "besogsven"
 * would otherwise find "besøgsven" only as a typo, and short words ("rod" for "rød") not at all.
 */
export function plainSpellings(word: string): string[] {
  if (!/[æøå]/.test(word)) return [word];
  const short = word.replaceAll('æ', 'ae').replaceAll('ø', 'o').replaceAll('å', 'a');
  const long = word.replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa');
  return short === long ? [short] : [short, long];
}

/**
 * Folds a text the way people write Danish on a keyboard without æøå: every word with æ, ø or å
 * becomes its spellings without them ("Søndagscafé på Østerbro" → "sondagscafé soendagscafé pa
 * paa osterbro oesterbro"); other words are kept. Lower-case, each word once.
 */
export function foldDanish(text: string): string {
  return [...new Set(words(text).flatMap(plainSpellings))].join(' ');
}

/** Only the folded spellings of the words that have æ, ø or å: the hidden `folded` field. */
export function foldedOnly(text: string): string {
  const folded = words(text)
    .filter((w) => /[æøå]/.test(w))
    .flatMap(plainSpellings);
  return [...new Set(folded)].join(' ');
}

/**
 * Common last parts of Danish compounds, with the forms a citizen may search for. The longest
 * match wins, so "venner" is tried before "ven".
 */
const HEADS: readonly (readonly string[])[] = [
  ['forening', 'foreninger', 'foreningen'],
  ['gruppe', 'grupper', 'gruppen'],
  ['hold', 'holdet'],
  ['café', 'cafe', 'caféen', 'cafeen'],
  ['klub', 'klubben'],
  ['tjeneste', 'tjenesten'],
  ['hjælp', 'hjælpen'],
  ['ven', 'venner', 'vennen', 'veninde', 'veninder'],
  ['kursus', 'kurser', 'kurset'],
  ['tur', 'ture', 'turen'],
  ['bus', 'bussen'],
  ['telefon', 'telefonen'],
  ['linje', 'linjen'],
  ['rådgivning', 'rådgivningen'],
  ['netværk', 'netværket'],
  ['fællesskab', 'fællesskaber', 'fællesskabet'],
  ['værksted', 'værksteder', 'værkstedet'],
  ['butik', 'butikken'],
  ['hus', 'huset'],
  ['træning', 'træningen'],
  ['støtte', 'støtten'],
  ['samtale', 'samtaler'],
  ['ordning', 'ordningen'],
  ['center', 'centret', 'centeret'],
  ['skole', 'skolen'],
  ['spisning'],
  ['undervisning'],
  ['vandring', 'vandringer'],
  ['aften', 'aftener'],
  ['besøg'],
];

/** Each form of a head, longest first, with the base form (first of its group) it belongs to. */
const FORMS: readonly { form: string; group: readonly string[] }[] = HEADS.flatMap((group) => group.map((form) => ({ form, group })))
  .sort((a, b) => b.form.length - a.form.length);

/** Words that end like a compound but are none ("kultur" is not "kul" + "tur"). */
const NOT_COMPOUNDS = new Set([
  'kultur', 'natur', 'struktur', 'litteratur', 'temperatur', 'arkitektur', 'figur', 'eventyr', 'havn',
  'haven', 'raven', 'sven', 'omnibus', 'sabus', 'status', 'forhold', 'indhold', 'ophold', 'samhold',
  'tilhold', 'vedhold', 'afhold', 'behold', 'tilbehold', 'aftalelinje', 'retningslinje', 'forhus',
]);

const isWord = (w: string) => NOT_COMPOUNDS.has(w) || FORMS.some((f) => f.form === w);

/**
 * Splits a Danish compound into parts: "idrætsforening" → ["idræt", "forening"],
 * "besøgsvenner" → ["besøg", "venner"]. The linking -s- is dropped from the first part. A word that
 * ends in no known head comes back alone.
 */
export function splitCompound(word: string): string[] {
  const lower = word.toLocaleLowerCase('da');
  if (NOT_COMPOUNDS.has(lower)) return [lower];
  for (const { form } of FORMS) {
    if (!lower.endsWith(form) || lower.length === form.length) continue;
    let first = lower.slice(0, -form.length).replace(/-$/, '');
    // The linking -s- ("idræts|forening"), unless the first part is a word that ends in s ("kursus|hold").
    if (first.length > 3 && first.endsWith('s') && !first.endsWith('ss') && !isWord(first)) first = first.slice(0, -1);
    // Short heads make false splits of short words ("natur" is not "na" + "tur").
    if (first.length < (form.length <= 3 ? 3 : 2)) continue;
    return [...splitCompound(first), form];
  }
  return [lower];
}

/**
 * The words to add to a document so that searches for a part of a compound find it: the parts of
 * every compound in the texts and the other forms of each head ("besøgsvenner" → besøg, venner,
 * ven, vennen, veninde, veninder). Words already in the texts are left out.
 */
export function compoundKeywords(...texts: string[]): string[] {
  const present = new Set(texts.flatMap(words));
  const out = new Set<string>();
  for (const word of present) {
    for (const part of word.split('-')) {
      const parts = splitCompound(part);
      if (parts.length < 2) continue;
      for (const p of parts) out.add(p);
      const head = parts[parts.length - 1]!;
      for (const form of FORMS.find((f) => f.form === head)?.group ?? []) out.add(form);
    }
  }
  return [...out].filter((w) => !present.has(w));
}

/**
 * A key that sorts Danish names in Danish order when compared as plain strings: Æ, Ø, Å after Z,
 * "aa" as å (Aabenraa), accents ignored (café as cafe). Meilisearch sorts Å with A otherwise.
 */
export function danishSortKey(name: string): string {
  return name
    .toLocaleLowerCase('da')
    .replaceAll('aa', 'å')
    .normalize('NFD')
    // Keep the ring of å (U+030A) and nothing else of the combining marks: é → e, ü → u.
    .replace(/a\u030a/g, 'å')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, '{a')
    .replace(/ø/g, '{b')
    .replace(/å/g, '{c')
    .replace(/[^a-z0-9{ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\{/g, 'zzz');
}
