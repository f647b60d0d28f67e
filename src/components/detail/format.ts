import { type Locale, t } from '../../i18n';
import { formatPrice } from '../../lib/directory/price';
import { intlLocale } from '../../lib/schedule';

/**
 * A link that shows a point on openstreetmap.org with a marker: the map that works without
 * JavaScript, and the one to share.
 */
export function openStreetMapUrl(latitude: number, longitude: number): string {
  const lat = latitude.toFixed(5);
  const lng = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}

/**
 * A `tel:` link a phone can dial: Danish numbers are written "20 00 00 01", so eight digits get
 * +45 in front; a number that already has a country code keeps it.
 */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  return `tel:${digits.length === 8 ? `+45${digits}` : digits}`;
}

/** Language codes as words in the page's language: ["da", "ar"] → "Dansk og arabisk" / "Danish and Arabic". */
export function languageList(locale: Locale, codes: readonly string[]): string {
  const names = new Intl.DisplayNames(intlLocale[locale], { type: 'language' });
  const list = new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' });
  const text = list.format(codes.map((code) => names.of(code) ?? code));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who may join by age, or null when there is no limit. */
export function ageText(locale: Locale, min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return t(locale, 'activity.age.range', { min, max });
  if (min !== null) return t(locale, 'activity.age.min', { min });
  if (max !== null) return t(locale, 'activity.age.max', { max });
  return null;
}

/** "Gratis", "25 kr.", or "ask the association" when a price is due but not given. */
export function priceText(locale: Locale, cost: { isFree: boolean; priceOre: number | null }): string {
  if (cost.isFree) return t(locale, 'activity.cost.free');
  if (cost.priceOre === null) return t(locale, 'activity.cost.unknown');
  return formatPrice(locale, cost.priceOre);
}

/**
 * A website as a link target, or null unless it is http(s): the forms and the import refuse other
 * schemes, but a row written some other way must not become a `javascript:` link on a public page.
 */
export function httpHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** A website as link text: its host without "www.", or the address itself if it is not a URL. */
export function websiteText(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Text written by an association, split into paragraphs at blank lines. */
export function paragraphs(text: string | null): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Fill a placeholder with SLOT, then split the text there, to put an element (a link, a <time>)
 * inside a translated sentence: `aroundSlot(t(locale, 'activity.from', { association: SLOT }))`.
 */
export const SLOT = '\u0000';
export function aroundSlot(text: string): [before: string, after: string] {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}
