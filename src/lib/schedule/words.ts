import type { Locale } from '../../i18n';

/**
 * The words schedules are described with. They live here rather than in the message catalogue
 * because they are grammar, not page text: which ordinal goes with "hver" or "i måneden" depends
 * on the rule, and the sentences are assembled from these parts by describe.ts.
 */
export interface ScheduleWords {
  /** Monday first, as Danish weeks start. */
  weekdays: readonly string[];
  everyDay: string;
  weekdaysOnly: string;
  /** "Hver tirsdag" / "Every Tuesday". */
  every: (day: string) => string;
  /** "Hver anden tirsdag" / "Every other Tuesday". */
  everyNth: (interval: number, day: string) => string;
  /** "… hver anden uge" / "… every other week". */
  everyNthWeek: (interval: number) => string;
  /** "første", "sidste" / "first", "last". */
  ordinal: (n: number) => string;
  ofTheMonth: string;
  /** "… hver anden måned" / "… every other month". */
  everyNthMonth: (interval: number) => string;
  /** "Mandag og torsdag" / "Monday and Thursday". */
  list: (items: string[]) => string;
  /** Between the days and the times: "Hver tirsdag kl. …" / "Every Tuesday, …". */
  timeSeparator: string;
  from: (date: string) => string;
  to: (date: string) => string;
}

const daNth: Record<number, string> = { 2: 'anden', 3: 'tredje', 4: 'fjerde', 5: 'femte', 6: 'sjette' };
const daOrdinal: Record<number, string> = {
  1: 'første',
  2: 'anden',
  3: 'tredje',
  4: 'fjerde',
  5: 'femte',
  [-1]: 'sidste',
  [-2]: 'næstsidste',
  [-3]: 'tredjesidste',
  [-4]: 'fjerdesidste',
  [-5]: 'femtesidste',
};
const enNth: Record<number, string> = { 2: 'other', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth' };
const enOrdinal: Record<number, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  5: 'fifth',
  [-1]: 'last',
  [-2]: 'second to last',
  [-3]: 'third to last',
  [-4]: 'fourth to last',
  [-5]: 'fifth to last',
};

const daList = new Intl.ListFormat('da-DK', { type: 'conjunction' });
const enList = new Intl.ListFormat('en-GB', { type: 'conjunction' });

export const words: Record<Locale, ScheduleWords> = {
  da: {
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    everyDay: 'hver dag',
    weekdaysOnly: 'mandag til fredag',
    every: (day) => `hver ${day}`,
    everyNth: (n, day) => `hver ${daNth[n] ?? `${n}.`} ${day}`,
    everyNthWeek: (n) => `hver ${daNth[n] ?? `${n}.`} uge`,
    ordinal: (n) => daOrdinal[n] ?? `${n}.`,
    ofTheMonth: 'i måneden',
    everyNthMonth: (n) => `hver ${daNth[n] ?? `${n}.`} måned`,
    list: (items) => daList.format(items),
    timeSeparator: ' ',
    from: (date) => `fra ${date}`,
    to: (date) => `til ${date}`,
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    everyDay: 'every day',
    weekdaysOnly: 'Monday to Friday',
    every: (day) => `every ${day}`,
    everyNth: (n, day) => `every ${enNth[n] ?? `${n}th`} ${day}`,
    everyNthWeek: (n) => `every ${enNth[n] ?? `${n}th`} week`,
    ordinal: (n) => enOrdinal[n] ?? `${n}th`,
    ofTheMonth: 'of the month',
    everyNthMonth: (n) => `every ${enNth[n] ?? `${n}th`} month`,
    list: (items) => enList.format(items),
    timeSeparator: ', ',
    from: (date) => `from ${date}`,
    to: (date) => `until ${date}`,
  },
};
