import { describe, expect, it } from 'vitest';
import { firstFreeSlug } from './slug';

describe('the slug of a new administration or term', () => {
  it('is the name as Danes spell it without æ, ø and å', () => {
    expect(firstFreeSlug('Børne- og Ungdomsforvaltningen', new Set(), 'x')).toBe('boerne-og-ungdomsforvaltningen');
  });

  it('takes the first free number when the name is taken', () => {
    expect(firstFreeSlug('Ældre', new Set(['aeldre', 'aeldre-2']), 'x')).toBe('aeldre-3');
  });

  it('falls back to a word of our own when the name has no letters or digits', () => {
    expect(firstFreeSlug('!!!', new Set(), 'term')).toBe('term');
    expect(firstFreeSlug('…', new Set(['term']), 'term')).toBe('term-2');
  });
});
