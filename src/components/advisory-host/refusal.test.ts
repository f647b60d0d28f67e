import { describe, expect, it } from 'vitest';
import { AdvisoryError } from '../../lib/advisory';
import { refusalOf } from './refusal';

describe("a page's answer to the core's refusals", () => {
  it('answers fewer seats than bookings with 409 and the count beside the capacity', () => {
    const refusal = refusalOf(new AdvisoryError('invalid', { capacity: 'advisory.invalid.capacityBelowBooked' }, { capacity: { count: 3 } }), 'da');
    expect(refusal.status).toBe(409);
    expect(refusal.errors.capacity).toBe('3 personer har allerede en plads. Der skal være mindst 3 pladser.');
  });

  it('answers other field errors with 400, a closed session with 409 and a notice, and a stranger with 403', () => {
    expect(refusalOf(new AdvisoryError('invalid', { place: 'advisory.invalid.placeOrLink' }), 'da')).toMatchObject({ status: 400, errors: { address: expect.stringContaining('adresse') } });
    expect(refusalOf(new AdvisoryError('closed'), 'da')).toMatchObject({ status: 409, notices: [{ kind: 'error', text: 'Mødet er aflyst eller overstået og kan ikke ændres.' }] });
    expect(refusalOf(new AdvisoryError('not_allowed'), 'da').status).toBe(403);
    expect(refusalOf(new AdvisoryError('not_found'), 'da').status).toBe(404);
  });

  it('throws on what is not the core’s to explain', () => {
    expect(() => refusalOf(new Error('database gone'), 'da')).toThrow('database gone');
  });
});
