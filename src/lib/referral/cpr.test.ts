import { describe, expect, it } from 'vitest';
import { findCprLike } from './cpr';

describe('findCprLike', () => {
  it('finds a CPR number with a dash, a space or none', () => {
    expect(findCprLike('Borgeren har cpr 010190-1234')).toBe(true);
    expect(findCprLike('010190 1234')).toBe(true);
    expect(findCprLike('cpr:0101901234.')).toBe(true);
    expect(findCprLike('290200-1234')).toBe(true);
  });

  it('leaves phone numbers, years and other numbers alone', () => {
    expect(findCprLike('Ring på 12 34 56 78 eller +45 12345678')).toBe(false);
    expect(findCprLike('4512345678')).toBe(false);
    expect(findCprLike('Født i 1990, bor på nr. 12')).toBe(false);
    expect(findCprLike('123456-7890')).toBe(false);
    expect(findCprLike('310290-1234')).toBe(false);
    expect(findCprLike('01019012345')).toBe(false);
  });
});
