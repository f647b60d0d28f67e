import { describe, expect, it } from 'vitest';
import { formatPrice } from './price';

describe('formatPrice', () => {
  it('writes whole kroner without decimals', () => {
    expect(formatPrice('da', 2500)).toBe('25 kr.');
    expect(formatPrice('en', 2500)).toBe('DKK 25');
  });

  it('writes øre with a decimal comma in Danish and a point in English', () => {
    expect(formatPrice('da', 2550)).toBe('25,50 kr.');
    expect(formatPrice('en', 2505)).toBe('DKK 25.05');
  });

  it('groups thousands as each language does', () => {
    expect(formatPrice('da', 150_000)).toBe('1.500 kr.');
    expect(formatPrice('en', 150_000)).toBe('DKK 1,500');
  });

  it('refuses what is not an amount in øre', () => {
    expect(() => formatPrice('da', -100)).toThrow();
    expect(() => formatPrice('da', 12.5)).toThrow();
  });
});
