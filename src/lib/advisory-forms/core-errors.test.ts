import { describe, expect, it } from 'vitest';
import { coreFieldErrors } from './core-errors';

describe("the core's refusals beside the form's fields", () => {
  it('puts the place on the address, the point on the latitude, and the weekday rule on the boxes of its kind', () => {
    const fields = { place: 'advisory.invalid.placeOrLink', point: 'advisory.invalid.point', byday: 'advisory.invalid.repeatDays' };
    expect(Object.keys(coreFieldErrors({ fields }, 'da', 'weekly'))).toEqual(['address', 'latitude', 'weekdays']);
    expect(Object.keys(coreFieldErrors({ fields }, 'da', 'monthly'))).toContain('monthDay');
  });

  it('fills in the numbers of a message, and says "check the field" for a key it does not know', () => {
    const errors = coreFieldErrors(
      { fields: { capacity: 'advisory.invalid.capacityBelowBooked', topic: 'advisory.invalid.nothing-like-this' }, params: { capacity: { count: 7 } } },
      'da',
    );
    expect(errors.capacity).toContain('7 personer har allerede en plads');
    expect(errors.topic).toBe('Tjek feltet, og prøv igen.');
  });
});
