/** Catalogue keys of values the admin pages show, so that templates stay typed. */
import { ROLE_KEYS, type Taxonomy } from '../../lib/admin';

export const roleKey = ROLE_KEYS;

export const taxonomyKey = {
  target_group: 'admin.taxonomy.target_group',
  category: 'admin.taxonomy.category',
} as const satisfies Record<Taxonomy, string>;

export const newTermKey = {
  target_group: 'admin.taxonomy.new.target_group',
  category: 'admin.taxonomy.new.category',
} as const satisfies Record<Taxonomy, string>;

export const termKindKey = {
  target_group: 'admin.term.kind.target_group',
  category: 'admin.term.kind.category',
} as const satisfies Record<Taxonomy, string>;
