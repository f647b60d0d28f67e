import { describe, expect, it } from 'vitest';
import { containsPattern } from './like';

describe('containsPattern', () => {
  it('finds the text anywhere, with the wildcards a person typed taken literally', () => {
    expect(containsPattern('sorg')).toBe('%sorg%');
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
