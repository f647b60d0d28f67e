import { describe, expect, it } from 'vitest';
import { percentOf, replyTimeInWords } from './figures';

describe('referral figures in words', () => {
  it('says "within an hour" up to an hour, then whole hours, then whole days, always rounding up', () => {
    expect(replyTimeInWords(0.2)).toEqual({ unit: 'hour', count: 1 });
    expect(replyTimeInWords(1)).toEqual({ unit: 'hour', count: 1 });
    expect(replyTimeInWords(4.1)).toEqual({ unit: 'hours', count: 5 });
    expect(replyTimeInWords(23.5)).toEqual({ unit: 'hours', count: 24 });
    expect(replyTimeInWords(24)).toEqual({ unit: 'days', count: 1 });
    expect(replyTimeInWords(36)).toEqual({ unit: 'days', count: 2 });
  });

  it('gives the share accepted as a whole percentage', () => {
    expect(percentOf(0.8)).toBe(80);
    expect(percentOf(2 / 3)).toBe(67);
    expect(percentOf(0)).toBe(0);
  });
});
