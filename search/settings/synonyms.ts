import { plainSpellings } from '../documents/danish';

/**
 * Danish synonym groups: words a citizen may type for the same need. Every word in a group
 * finds the others (Meilisearch multi-way synonyms). Meilisearch has no Danish stemming, so
 * inflections that matter are listed too (besøgsven/besøgsvenner). Drafted by hand from the
 * activities in the seeds and the words people use for them; a few groups checked against the
 * Danish thesaurus (mythes-da).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['besøgsven', 'besøgsvenner', 'besøgstjeneste', 'besøgsordning', 'besøg'],
  ['ensom', 'ensomme', 'ensomhed', 'alene', 'isoleret', 'isolation'],
  ['indkøb', 'handle', 'indkøbsbus', 'indkøbstur', 'handletur', 'shopping'],
  ['psykolog', 'samtale', 'samtaler', 'terapi', 'terapeut', 'rådgivning'],
  ['sorg', 'sorggruppe', 'dødsfald', 'efterladt', 'efterladte'],
  ['ledsager', 'ledsagelse', 'ledsageordning', 'følgeskab', 'følges'],
  ['motion', 'træning', 'bevægelse', 'idræt', 'sport', 'gymnastik'],
  ['gåtur', 'gåture', 'gåhold', 'gågruppe', 'vandring'],
  ['lektiehjælp', 'lektier', 'lektiecafé', 'skolearbejde', 'hjemmearbejde'],
  ['cykel', 'cykling', 'cykelkursus', 'cykle', 'cykeltur'],
  ['flygtning', 'flygtninge', 'indvandrer', 'indvandrere', 'nydansker', 'nydanskere', 'migrant'],
  ['dansk', 'danskundervisning', 'sprogcafé', 'sprog', 'samtaletræning'],
  ['ældre', 'pensionist', 'pensionister', 'senior', 'seniorer', 'gammel'],
  ['unge', 'ung', 'teenager', 'teenagere', 'ungdom'],
  ['børn', 'barn', 'familie', 'familier', 'børnefamilie'],
  ['gravid', 'graviditet', 'fødselsforberedelse', 'vordende', 'mødregruppe', 'mødregrupper'],
  ['mor', 'mødre', 'mødrehjælp', 'forælder', 'forældre'],
  ['pårørende', 'familiemedlem', 'omsorgsgiver', 'pårørendegruppe'],
  ['hjemløs', 'hjemløse', 'gadeliv', 'boligløs', 'husvild'],
  ['misbrug', 'afhængighed', 'alkohol', 'stoffer', 'hash'],
  ['psykisk', 'psykiske', 'mental', 'sindslidelse', 'psykiatri', 'sårbar'],
  ['depression', 'nedtrykt', 'tristhed', 'angst', 'bekymring'],
  ['handicap', 'funktionsnedsættelse', 'handicappet', 'kørestol', 'handicappede'],
  ['patient', 'patienter', 'hospital', 'sygehus', 'patientstøtte', 'indlagt'],
  ['nattelefon', 'natåben', 'telefonrådgivning', 'døgnåben', 'hotline'],
  ['anonym', 'anonymt', 'fortrolig', 'uden navn'],
  ['gratis', 'uden betaling', 'omkostningsfri', 'ingen betaling'],
  ['frivillig', 'frivillige', 'frivilligt arbejde', 'volunteer', 'hjælper'],
  ['forening', 'foreninger', 'organisation', 'klub', 'fællesskab'],
  ['netværk', 'socialt samvær', 'samvær', 'venner', 'nye venner'],
  ['spisefællesskab', 'fællesspisning', 'madklub', 'spise sammen', 'middag'],
  ['mad', 'måltid', 'måltider', 'madlavning', 'madpakker'],
  ['computer', 'it-hjælp', 'pc', 'tablet', 'mitid', 'digital'],
  ['håndværker', 'praktisk hjælp', 'reparation', 'hjælpende hænder', 'småopgaver'],
  ['strik', 'strikkecafé', 'håndarbejde', 'hækling', 'syning'],
  ['genbrug', 'genbrugsbutik', 'loppemarked', 'second hand'],
  ['grønlænder', 'grønlændere', 'grønlandsk', 'kalaallit'],
  ['anbragt', 'anbringelse', 'plejefamilie', 'børnehjem', 'tidligere anbragte'],
  ['krise', 'krisehjælp', 'akut', 'nød'],
  ['læge', 'egen læge', 'praktiserende læge', 'recept', 'henvisning'],
  ['kor', 'sang', 'synge', 'musik'],
  ['have', 'haver', 'havearbejde', 'byhave', 'køkkenhave'],
  ['natur', 'friluftsliv', 'udeliv', 'grøn'],
  ['job', 'arbejde', 'beskæftigelse', 'jobsøgning', 'praktik'],
  ['gældsrådgivning', 'gæld', 'økonomi', 'budget', 'penge'],
  ['mentor', 'mentorordning', 'sparring', 'støtteperson'],
  ['kvinder', 'kvinde', 'kvindegruppe', 'piger'],
  ['mænd', 'mand', 'mandegruppe', 'drenge'],
];

/** The groups as Meilisearch's `synonyms` setting: each word maps to the others of its group. */
export function synonymsSetting(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const word of group) {
      const others = map.get(word) ?? new Set<string>();
      for (const other of group) if (other !== word) others.add(other);
      map.set(word, others);
    }
  }
  return Object.fromEntries([...map].map(([word, others]) => [word, [...others].sort()]));
}

/**
 * The groups with every word also spelled without æ, ø and å ("besøgsven" adds "besogsven" and
 * "besoegsven"), so that a query typed on a foreign keyboard reaches the whole group.
 */
export function foldedSynonymGroups(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[][] {
  return groups.map((group) => [...new Set(group.flatMap((word) => [word, ...plainSpellings(word.toLocaleLowerCase('da'))]))]);
}

/** Meilisearch's `synonyms` setting for the indexes: the groups with their folded spellings. */
export function foldedSynonymsSetting(): Record<string, string[]> {
  return synonymsSetting(foldedSynonymGroups());
}
