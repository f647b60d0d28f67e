/**
 * Amounts of § 18 grants: typed in kroner the way a Danish reader writes them, stored in øre as
 * whole numbers (no floating point ever touches money), and shown as "12.500 kr.".
 */
import type { Locale } from '../../i18n';

/** Why a typed amount was refused; each has a message in the catalogue (`grants.error.amount.*`). */
export type AmountError = 'required' | 'format' | 'decimals' | 'zero' | 'tooLarge';

/** The largest grant the form takes: 1 billion kroner (far above any § 18 grant, far below 2^53 øre). */
export const MAX_AMOUNT_ORE = 100_000_000_000;

/**
 * Kroner as typed → øre. Takes whole kroner with or without Danish thousands separators ("12500",
 * "12.500", "12 500") and up to two decimals after a comma ("12500,50", "12.500,5"), with an
 * optional "kr."/"kr" after. Refuses what a Danish reader would not write or could misread:
 * "12,500" (three decimals: 12,5 kr. or twelve thousand five hundred?), "12.50", negative amounts
 * and zero.
 */
export function parseKroner(text: string): { ok: true; ore: number } | { ok: false; error: AmountError } {
  const cleaned = text
    .trim()
    .replace(/\s*kr\.?$/i, '')
    .replace(/[\s\u00a0\u202f]/g, (space, offset: number, whole: string) => (/\d/.test(whole[offset - 1] ?? '') ? '.' : space))
    .trim();
  if (cleaned === '') return { ok: false, error: 'required' };
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(cleaned);
  if (!match) return { ok: false, error: 'format' };
  const [, whole = '', decimals = ''] = match;
  if (decimals.length > 2) return { ok: false, error: 'decimals' };
  const kroner = whole.replace(/\./g, '');
  if (kroner.length > 12) return { ok: false, error: 'tooLarge' };
  const ore = Number(kroner) * 100 + Number(decimals.padEnd(2, '0'));
  if (ore === 0) return { ok: false, error: 'zero' };
  if (ore > MAX_AMOUNT_ORE) return { ok: false, error: 'tooLarge' };
  return { ok: true, ore };
}

const formats = new Map<string, Intl.NumberFormat>();

function format(locale: Locale, decimals: boolean): Intl.NumberFormat {
  const key = `${locale}:${decimals}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      minimumFractionDigits: decimals ? 2 : 0,
      maximumFractionDigits: decimals ? 2 : 0,
      useGrouping: 'always',
    });
    formats.set(key, f);
  }
  return f;
}

/** Øre as the reader's language writes kroner: "12.500 kr." / "12.500,50 kr." in Danish, "DKK 12,500.50" in English. */
export function formatKroner(ore: number, locale: Locale): string {
  const number = format(locale, ore % 100 !== 0).format(ore / 100);
  return locale === 'da' ? `${number} kr.` : `DKK ${number}`;
}

/** Øre as the amount field shows it again for editing: "12.500" or "12.500,50" (Danish, whatever the page's language). */
export function kronerInput(ore: number): string {
  return format('da', ore % 100 !== 0).format(ore / 100);
}
