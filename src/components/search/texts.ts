/**
 * The search page's texts in the browser. The island gets only the `search.*` texts of its page's
 * language as a prop (see pick-texts.ts), so the whole catalogue of both languages never ships
 * to the browser. Only types are imported here: this file must stay free of server code.
 */
import type { Locale } from '../../i18n/locale';
import type { Messages, Plural } from '../../i18n/messages';
import type { ParamsArg, PlainMessageKey } from '../../i18n/t';

export type SearchTextKey = Extract<keyof Messages, `search.${string}`>;
export type SearchTexts = { readonly [K in SearchTextKey]: Messages[K] };
/** The search texts that take no parameters. */
export type PlainSearchTextKey = Extract<PlainMessageKey, SearchTextKey>;

/** A text formatter bound to one language and its texts, with the same rules as `t()`. */
export type Format = <K extends SearchTextKey>(key: K, ...args: ParamsArg<K>) => string;

/** Builds the formatter: `{name}` placeholders, `{ one, other }` plurals, numbers in the locale's style. */
export function formatter(locale: Locale, texts: SearchTexts): Format {
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  return (key, ...args) => {
    const params = args[0] as Record<string, string | number> | undefined;
    const message = texts[key] as string | Plural;
    const text =
      typeof message === 'string'
        ? message
        : typeof params?.count === 'number' && plurals.select(params.count) === 'one'
          ? message.one
          : message.other;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

/** A distance as people say it: "0,4", "1,2", "12" (one decimal under 10 km). */
export function formatKm(locale: Locale, km: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
