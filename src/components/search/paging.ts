/** A page number to link to, or a gap standing for the pages left out. */
export type PageItem = number | 'gap';

/** The number of pages needed for `totalHits` (at least one, so "page 1 of 1" reads right). */
export function pageCount(totalHits: number, perPage: number): number {
  return Math.max(1, Math.ceil(totalHits / Math.max(1, perPage)));
}

/**
 * The page numbers to show, as Det Fælles Designsystem's pagination does: every page up to seven,
 * otherwise the first, the last and the pages around the current one, with gaps between.
 *
 * @example pageItems(6, 12) // [1, 'gap', 5, 6, 7, 'gap', 12]
 */
export function pageItems(current: number, total: number): PageItem[] {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (total <= 7) return range(1, total);
  if (current < 5) return [...range(1, 5), 'gap', total];
  if (current + 4 > total) return [1, 'gap', ...range(total - 4, total)];
  return [1, 'gap', current - 1, current, current + 1, 'gap', total];
}
