import { describe, expect, it } from 'vitest';
import { AdvisoryError } from './errors';
import { isLanguageCode, isOnlineUrl, validateBooking } from './validate';

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AdvisoryError) return error.fields;
    throw error;
  }
  return {};
};

const person = { name: 'Karen Test', email: 'karen@example.dk', phone: null, note: null, organisation: null };

describe('a booking', () => {
  it('is trimmed, with empty fields as null', () => {
    expect(validateBooking({ person: { ...person, name: '  Karen Test ', phone: ' ', note: '' }, consent: true, locale: 'da' })).toEqual(person);
  });

  it('needs an e-mail or a phone number, and consent', () => {
    expect(fieldsOf(() => validateBooking({ person: { ...person, email: null }, consent: false, locale: 'da' }))).toEqual({
      contact: 'advisory.invalid.contact',
      consent: 'advisory.invalid.consent',
    });
    expect(validateBooking({ person: { ...person, email: null, phone: '+45 20 30 40 50' }, consent: true, locale: 'da' }).phone).toBe('+45 20 30 40 50');
  });

  it('refuses an e-mail or phone that cannot be used, and too long texts', () => {
    expect(
      fieldsOf(() => validateBooking({ person: { name: 'x'.repeat(121), email: 'karen@', phone: '1234 567', note: 'x'.repeat(1001), organisation: 'x'.repeat(121) }, consent: true, locale: 'da' })),
    ).toEqual({
      name: 'advisory.invalid.name',
      email: 'advisory.invalid.email',
      phone: 'advisory.invalid.phone',
      note: 'advisory.invalid.note',
      organisation: 'advisory.invalid.organisation',
    });
  });
});

describe('session fields', () => {
  it('accepts real ISO 639-1 languages only', () => {
    expect(['da', 'en', 'ar', 'uk', 'so'].every(isLanguageCode)).toBe(true);
    expect(['xx', 'dan', 'DA', ''].some(isLanguageCode)).toBe(false);
  });

  it('accepts https links only', () => {
    expect(isOnlineUrl('https://moede.example.dk/raad')).toBe(true);
    expect(isOnlineUrl('http://moede.example.dk/raad')).toBe(false);
    expect(isOnlineUrl('javascript:alert(1)')).toBe(false);
    expect(isOnlineUrl('moede.example.dk')).toBe(false);
  });
});
