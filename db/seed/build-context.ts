import type { AdministrationKey } from './data/administrations';
import type { DistrictSlug } from './data/districts';
import type { PhoneBook } from './data/people';
import type { Random } from './random';

/** Lookups and shared state the builders need across associations. */
export interface BuildContext {
  now: Date;
  phones: PhoneBook;
  administrationId: (key: AdministrationKey) => string;
  districtId: (slug: DistrictSlug) => string;
  termId: (taxonomy: 'target_group' | 'category', slug: string) => string;
  usedActivitySlugs: Set<string>;
  usedPlaceNames: Set<string>;
}

const DAY_MS = 86_400_000;

/**
 * When a listing was last confirmed: mostly within the last 15 months, about one in ten older,
 * so that the "needs re-verification" views have something to show.
 */
export function lastVerified(random: Random, now: Date): Date {
  const daysAgo = random.chance(0.1) ? random.int(470, 610) : random.int(0, 440);
  return new Date(now.getTime() - daysAgo * DAY_MS);
}
