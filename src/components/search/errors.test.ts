import { describe, expect, it } from 'vitest';
import { readableError } from './errors';
import { searchTexts } from './pick-texts';
import { formatter } from './texts';

const fmt = formatter('da', searchTexts('da'));

describe('errors beside the search fields', () => {
  it('ask for four digits when the postal code is not a postal code', () => {
    const error = readableError({ parameter: 'postalCode', message: 'postalCode: skal være …' }, new URLSearchParams('postalCode=25a'), fmt);
    expect(error.message).toBe('Skriv et postnummer med fire cifre, fx 2500.');
  });

  it('name a postal code that is not in the municipality', () => {
    const error = readableError({ parameter: 'postalCode', message: 'postalCode: …' }, new URLSearchParams('postalCode=9000'), fmt);
    expect(error.message).toContain('Vi kender ikke postnummeret 9000');
  });

  it("drop the parameter's name from the service's message and start with a capital", () => {
    const error = readableError(
      { parameter: 'district', message: "district: ukendt bydel 'narnia'. Brug fx valby eller Valby" },
      new URLSearchParams('district=narnia'),
      fmt,
    );
    expect(error).toEqual({ parameter: 'district', message: "Ukendt bydel 'narnia'. Brug fx valby eller Valby." });
  });
});
