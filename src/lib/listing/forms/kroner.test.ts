import { describe, expect, it } from 'vitest';
import { formatKroner, parseKroner } from './kroner';

describe('prices typed in kroner', () => {
  it('reads Danish and English ways of writing a price as øre', () => {
    expect(parseKroner('25')).toBe(2500);
    expect(parseKroner('25,50')).toBe(2550);
    expect(parseKroner('25,5')).toBe(2550);
    expect(parseKroner('25.50')).toBe(2550);
    expect(parseKroner('1.250,75')).toBe(125075);
    expect(parseKroner('kr. 40')).toBe(4000);
    expect(parseKroner('40,-')).toBe(4000);
  });

  it('refuses what is not a price', () => {
    for (const text of ['', 'gratis', '-5', '25,505', '1,2,3', '99999999']) expect(parseKroner(text), text).toBeNull();
  });

  it('writes øre back the way the form shows them', () => {
    expect(formatKroner(2500)).toBe('25');
    expect(formatKroner(2550)).toBe('25,50');
    expect(formatKroner(5)).toBe('0,05');
    expect(parseKroner(formatKroner(125075))).toBe(125075);
  });
});
