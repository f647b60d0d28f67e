/**
 * Prices as people type them in kroner, and back. Stored in øre (integers), as all money is.
 */

/** Prices above this are typing mistakes (a volunteer activity at 100 000 kr.), not prices. */
const MAX_ORE = 10_000_000;

/**
 * "25", "25,50", "25.5", "1.250,00", "25 kr." → øre; null when it is not a price.
 * A point followed by exactly three digits is a Danish thousands separator ("1.250"), otherwise a
 * decimal point, so that both Danish and English habits work.
 */
export function parseKroner(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/(kr\.?|dkk|,-)$/i, '')
    .replace(/^(kr\.?|dkk)/i, '');
  let whole: string;
  let fraction = '';
  const danish = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(cleaned);
  const english = /^(\d+)\.(\d{1,2})$/.exec(cleaned);
  if (danish) {
    whole = danish[1]!.replace(/\./g, '');
    fraction = danish[2] ?? '';
  } else if (english) {
    whole = english[1]!;
    fraction = english[2]!;
  } else {
    return null;
  }
  const ore = Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0');
  return Number.isSafeInteger(ore) && ore <= MAX_ORE ? ore : null;
}

/** Øre as the form shows them: 2500 → "25", 2550 → "25,50" (no thousands separator to trip on). */
export function formatKroner(ore: number): string {
  const kroner = Math.floor(ore / 100);
  const rest = ore % 100;
  return rest === 0 ? String(kroner) : `${kroner},${String(rest).padStart(2, '0')}`;
}
