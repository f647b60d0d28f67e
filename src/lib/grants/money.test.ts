import { describe, expect, it } from 'vitest';
import { formatKroner, kronerInput, MAX_AMOUNT_ORE, parseKroner } from './money';

describe('parsing kroner typed into the grant form', () => {
  it('reads whole kroner with and without Danish thousands separators', () => {
    expect(parseKroner('12500')).toEqual({ ok: true, ore: 1_250_000 });
    expect(parseKroner('12.500')).toEqual({ ok: true, ore: 1_250_000 });
    expect(parseKroner('1.250.000')).toEqual({ ok: true, ore: 125_000_000 });
    expect(parseKroner('12 500')).toEqual({ ok: true, ore: 1_250_000 });
    expect(parseKroner('12\u00a0500')).toEqual({ ok: true, ore: 1_250_000 });
  });

  it('reads up to two decimals after a comma, and "kr." after the number', () => {
    expect(parseKroner('12500,50')).toEqual({ ok: true, ore: 1_250_050 });
    expect(parseKroner('12.500,5')).toEqual({ ok: true, ore: 1_250_050 });
    expect(parseKroner('0,75')).toEqual({ ok: true, ore: 75 });
    expect(parseKroner(' 7.000 kr. ')).toEqual({ ok: true, ore: 700_000 });
    expect(parseKroner('7000kr')).toEqual({ ok: true, ore: 700_000 });
  });

  it('refuses empty, garbled, ambiguous, negative and zero amounts', () => {
    expect(parseKroner('  ')).toEqual({ ok: false, error: 'required' });
    expect(parseKroner('tolv tusind')).toEqual({ ok: false, error: 'format' });
    expect(parseKroner('-500')).toEqual({ ok: false, error: 'format' });
    expect(parseKroner('12.50')).toEqual({ ok: false, error: 'format' });
    expect(parseKroner('1.25.000')).toEqual({ ok: false, error: 'format' });
    expect(parseKroner('12500.50')).toEqual({ ok: false, error: 'format' });
    expect(parseKroner('12,500')).toEqual({ ok: false, error: 'decimals' });
    expect(parseKroner('0')).toEqual({ ok: false, error: 'zero' });
    expect(parseKroner('0,00')).toEqual({ ok: false, error: 'zero' });
  });

  it('refuses amounts above a billion kroner', () => {
    expect(parseKroner('1.000.000.000')).toEqual({ ok: true, ore: MAX_AMOUNT_ORE });
    expect(parseKroner('1.000.000.000,01')).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseKroner('99999999999999')).toEqual({ ok: false, error: 'tooLarge' });
  });
});

describe('showing kroner', () => {
  it('writes Danish amounts with dots between thousands and "kr." after', () => {
    expect(formatKroner(1_250_000, 'da')).toBe('12.500 kr.');
    expect(formatKroner(1_250_050, 'da')).toBe('12.500,50 kr.');
    expect(formatKroner(500_000, 'da')).toBe('5.000 kr.');
    expect(formatKroner(75, 'da')).toBe('0,75 kr.');
  });

  it('writes English amounts as DKK with commas between thousands', () => {
    expect(formatKroner(1_250_000, 'en')).toBe('DKK 12,500');
    expect(formatKroner(1_250_050, 'en')).toBe('DKK 12,500.50');
  });

  it('gives the amount field back a value the parser reads to the same øre', () => {
    for (const ore of [1_250_000, 1_250_050, 75, 500_000, 123_456_789]) {
      const typed = kronerInput(ore);
      expect(parseKroner(typed)).toEqual({ ok: true, ore });
    }
    expect(kronerInput(1_250_000)).toBe('12.500');
  });
});
