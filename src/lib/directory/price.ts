import type { Locale } from '../../i18n';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A price stored in øre, as a reader writes it: 2500 → "25 kr.", 2550 → "25,50 kr." in Danish;
 * "DKK 25", "DKK 25.50" in English. Whole kroner get no decimals, because "25,00 kr." is noise.
 */
export function formatPrice(locale: Locale, ore: number): string {
  if (!Number.isInteger(ore) || ore < 0) throw new Error(`Not a price in øre: ${ore}`);
  const decimals = ore % 100 === 0 ? 0 : 2;
  const key = `${locale}:${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(key, format);
  }
  const amount = format.format(ore / 100);
  return locale === 'da' ? `${amount} kr.` : `DKK ${amount}`;
}
