export { basePath, defaultLocale, isLocale, type Locale, localeFromPath, localePath, locales, ogLocale, switchLocalePath } from './locale';
export { type MessageKey, type Messages } from './messages';
export { formatNumber, localized, type PlainMessageKey, t, translator } from './t';
