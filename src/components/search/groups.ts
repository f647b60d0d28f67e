import type { ListingType, SearchHit } from '../../../search/types';

/**
 * The order of the result groups: what a citizen can join first (activities, then advisory sessions,
 * which are dated), then who offers it, then whom to call.
 */
export const GROUP_ORDER: readonly ListingType[] = ['activity', 'session', 'association', 'contact'];

export interface HitGroup {
  type: ListingType;
  hits: SearchHit[];
}

/** The hits of one page grouped by type, keeping the ranking within each group; empty groups left out. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  return GROUP_ORDER.map((type) => ({ type, hits: hits.filter((hit) => hit.type === type) })).filter(
    (group) => group.hits.length > 0,
  );
}
