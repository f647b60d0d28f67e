import type { Locale } from '../../i18n/locale';
import { da, en } from '../../i18n/messages';
import type { SearchTexts } from './texts';

/** The `search.*` texts of one language, to hand to the search island as a prop (server only). */
export function searchTexts(locale: Locale): SearchTexts {
  const catalogue = locale === 'en' ? en : da;
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => key.startsWith('search.'))) as SearchTexts;
}
