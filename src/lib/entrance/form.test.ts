import { describe, expect, it } from 'vitest';
import { inFormOrder } from './form';

describe('inFormOrder', () => {
  it('lists errors in the order the form asks, unknown fields last', () => {
    const errors = { consent: 'c', other: 'o', name: 'n', purpose: 'p' };
    expect(Object.keys(inFormOrder(errors))).toEqual(['purpose', 'name', 'consent', 'other']);
  });
});
