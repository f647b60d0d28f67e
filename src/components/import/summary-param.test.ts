import { describe, expect, it } from 'vitest';
import { decodeSummary, encodeSummary } from './summary-param';

const summary = {
  association: { created: 2, updated: 0, unchanged: 1, deleted: 0 },
  activity: { created: 3, updated: 1, unchanged: 0, deleted: 0 },
  place: { created: 2, updated: 0, unchanged: 0, deleted: 1 },
  contact: { created: 0, updated: 0, unchanged: 4, deleted: 0 },
  schedule: { created: 5, updated: 0, unchanged: 0, deleted: 2 },
};

describe('the summary in the address after an import', () => {
  it('comes back as it went', () => {
    expect(encodeSummary(summary)).toBe('2-0-1-0.3-1-0-0.2-0-0-1.0-0-4-0.5-0-0-2');
    expect(decodeSummary(encodeSummary(summary))).toEqual(summary);
  });

  it('is nothing when it is not one', () => {
    for (const value of [null, '', '1-2-3', '2-0-1-0.3-1-0-0.2-0-0-1.0-0-4-0', 'a-0-1-0.3-1-0-0.2-0-0-1.0-0-4-0.5-0-0-2']) {
      expect(decodeSummary(value)).toBeNull();
    }
  });
});
