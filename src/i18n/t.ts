import type { Locale } from './locale';
import { type Message, type MessageKey, type Plural, da, en, type Messages } from './messages';

const catalogues: Record<Locale, Messages> = { da, en };

/** `'{count} foreninger'` → `'count'`: the placeholders a text needs. */
type PlaceholdersOf<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

type Source<K extends MessageKey> = (typeof da)[K];
type Names<K extends MessageKey> = PlaceholdersOf<Source<K> extends Plural ? Source<K>['one' | 'other'] : Source<K>>;

/** The parameters of a key: none for plain texts, `count` for plural texts, plus every placeholder. */
export type MessageParams<K extends MessageKey> = Source<K> extends Plural
  ? { count: number } & Record<Exclude<Names<K>, 'count'>, string | number>
  : Record<Names<K>, string | number>;

/** Keys without placeholders take no parameters; the others must be given all of theirs. */
export type ParamsArg<K extends MessageKey> = Source<K> extends Plural
  ? [params: MessageParams<K>]
  : [Names<K>] extends [never]
    ? []
    : [params: MessageParams<K>];

/** Keys whose text takes no parameters, e.g. for lists of menu items. */
export type PlainMessageKey = { [K in MessageKey]: ParamsArg<K> extends [] ? K : never }[MessageKey];

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function pluralRule(locale: Locale): Intl.PluralRules {
  let rule = pluralRules.get(locale);
  if (!rule) pluralRules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule;
}

/** A number as the locale writes it: 1.234 in Danish, 1,234 in English. */
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

function choose(locale: Locale, message: Message, count: unknown): string {
  if (typeof message === 'string') return message;
  // Danish and English have only "one" and "other"; anything else (a fraction) reads as "other".
  return typeof count === 'number' && pluralRule(locale).select(count) === 'one' ? message.one : message.other;
}

/**
 * The text of `key` in `locale`, with its `{placeholders}` filled in. Numbers are formatted for
 * the locale; a plural text is chosen by `params.count`.
 *
 * @example t('da', 'associations.count', { count: 1 }) // "1 forening"
 */
export function t<K extends MessageKey>(locale: Locale, key: K, ...args: ParamsArg<K>): string {
  const params = args[0] as Record<string, string | number> | undefined;
  const text = choose(locale, catalogues[locale][key], params?.count);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/** `t` bound to one locale, for templates: `const tr = translator(locale); tr('nav.home')`. */
export function translator(locale: Locale) {
  return <K extends MessageKey>(key: K, ...args: ParamsArg<K>): string => t(locale, key, ...args);
}

/** Picks the text for the locale from a pair stored in the database (`nameDa`/`nameEn`). */
export function localized(locale: Locale, text: { da: string; en: string }): string {
  return text[locale];
}
