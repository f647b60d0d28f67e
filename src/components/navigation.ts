import type { PlainMessageKey } from '../i18n';

/** An item of the main menu: its text and its Danish (unprefixed) path. */
export interface MenuItem {
  key: PlainMessageKey;
  path: string;
}

/** The main menu. */
export const mainMenu: readonly MenuItem[] = [
  { key: 'nav.home', path: '/' },
  { key: 'nav.search', path: '/soeg' },
  { key: 'nav.associations', path: '/foreninger' },
  { key: 'advisoryPublic.nav', path: '/raadgivning' },
];

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/**
 * Where the reader is relative to a menu item: on its page (`aria-current="page"`), somewhere
 * below it such as a later `/foreninger/<slug>` (`aria-current="true"`), or elsewhere.
 * `current` is the path of the page without its language prefix.
 */
export function menuState(current: string, itemPath: string): 'page' | 'section' | undefined {
  const here = withoutTrailingSlash(current);
  const item = withoutTrailingSlash(itemPath);
  if (here === item) return 'page';
  if (item !== '/' && here.startsWith(`${item}/`)) return 'section';
  return undefined;
}
