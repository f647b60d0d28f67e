/**
 * An ASCII slug for URLs: æ→ae, ø→oe, å→aa as Danes spell them without the letters, other accents
 * dropped, apostrophes removed ("Ta'fat" → "tafat"), everything else a single dash.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replaceAll('&', ' og ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
