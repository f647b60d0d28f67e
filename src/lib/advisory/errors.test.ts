import { describe, expect, it } from 'vitest';
import { AdvisoryError, advisoryErrorMessage, advisoryFieldMessages, advisoryStatus } from './errors';

describe('advisory errors', () => {
  it('map to the HTTP status a page answers with', () => {
    expect(advisoryStatus(new AdvisoryError('invalid'))).toBe(400);
    expect(advisoryStatus(new AdvisoryError('not_allowed'))).toBe(403);
    expect(advisoryStatus(new AdvisoryError('not_found'))).toBe(404);
    for (const code of ['closed', 'full', 'already_booked'] as const) expect(advisoryStatus(new AdvisoryError(code))).toBe(409);
  });

  it('give each field its message in both languages, with the numbers filled in', () => {
    const error = new AdvisoryError('invalid', { capacity: 'advisory.invalid.capacityBelowBooked', name: 'advisory.invalid.name' }, { capacity: { count: 3 } });
    expect(advisoryFieldMessages(error, 'da')).toEqual({
      capacity: '3 personer har allerede en plads. Der skal være mindst 3 pladser.',
      name: 'Skriv dit navn. Det må højst være 120 tegn.',
    });
    expect(advisoryFieldMessages(error, 'en').capacity).toBe('3 people already have a seat. There must be at least 3 seats.');
    expect(advisoryErrorMessage(new AdvisoryError('full'), 'da')).toBe('Mødet er fuldt, og der er ingen venteliste.');
  });
});
