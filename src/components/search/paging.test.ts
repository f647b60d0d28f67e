import { describe, expect, it } from 'vitest';
import { pageCount, pageItems } from './paging';

describe('paging', () => {
  it('needs at least one page, and enough pages for every hit', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });

  it('shows every page when there are seven or fewer', () => {
    expect(pageItems(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first pages, a gap and the last near the start', () => {
    expect(pageItems(2, 12)).toEqual([1, 2, 3, 4, 5, 'gap', 12]);
  });

  it('shows the first page, a gap and the last pages near the end', () => {
    expect(pageItems(10, 12)).toEqual([1, 'gap', 8, 9, 10, 11, 12]);
  });

  it('shows the neighbours of the current page in the middle', () => {
    expect(pageItems(6, 12)).toEqual([1, 'gap', 5, 6, 7, 'gap', 12]);
  });
});
