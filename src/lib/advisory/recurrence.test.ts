import { describe, expect, it } from 'vitest';
import { AdvisoryError } from './errors';
import { MAX_SESSIONS, sessionTimes } from './recurrence';
import type { Repeat } from './types';

const iso = (dates: { start: Date }[]) => dates.map((d) => d.start.toISOString());

function refused(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof AdvisoryError && error.code === 'invalid') return error.fields;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

const monthly = (byday: string, until: string, interval = 1): Repeat => ({ freq: 'MONTHLY', interval, byday: [byday], until });
const weekly = (byday: string[], until: string, interval = 1): Repeat => ({ freq: 'WEEKLY', interval, byday, until });

describe('the times of one session', () => {
  it('turns a Copenhagen date and times into instants (winter +1, summer +2)', () => {
    const [winter] = sessionTimes({ date: '2026-12-01', startTime: '16:00', endTime: '18:00', repeat: null });
    expect(winter).toEqual({ start: new Date('2026-12-01T15:00:00Z'), end: new Date('2026-12-01T17:00:00Z') });
    const [summer] = sessionTimes({ date: '2026-06-02', startTime: '16:00', endTime: '18:00', repeat: null });
    expect(summer!.start.toISOString()).toBe('2026-06-02T14:00:00.000Z');
  });

  it('refuses an end that is not after the start, and times or dates that do not exist', () => {
    expect(refused(() => sessionTimes({ date: '2026-12-01', startTime: '16:00', endTime: '16:00', repeat: null }))).toEqual({ endTime: 'advisory.invalid.endBeforeStart' });
    expect(refused(() => sessionTimes({ date: '2026-02-30', startTime: '25:00', endTime: '18:00', repeat: null }))).toEqual({
      date: 'advisory.invalid.date',
      startTime: 'advisory.invalid.time',
    });
  });
});

describe('the dates of a repeating session', () => {
  it('keeps the first Tuesday of each month at 16.00 on Copenhagen clocks across both daylight-saving switches', () => {
    const times = sessionTimes({ date: '2026-03-03', startTime: '16:00', endTime: '18:00', repeat: monthly('1TU', '2026-11-30') });
    expect(iso(times)).toEqual([
      '2026-03-03T15:00:00.000Z', // winter time
      '2026-04-07T14:00:00.000Z', // summer time from 29 March
      '2026-05-05T14:00:00.000Z',
      '2026-06-02T14:00:00.000Z',
      '2026-07-07T14:00:00.000Z',
      '2026-08-04T14:00:00.000Z',
      '2026-09-01T14:00:00.000Z',
      '2026-10-06T14:00:00.000Z',
      '2026-11-03T15:00:00.000Z', // winter time again from 25 October
    ]);
    expect(times.every((t) => t.end.getTime() - t.start.getTime() === 2 * 3600_000)).toBe(true);
  });

  it('repeats every other week from the first date, and includes the last date', () => {
    const times = sessionTimes({ date: '2026-09-01', startTime: '10:00', endTime: '12:00', repeat: weekly(['TU'], '2026-10-13', 2) });
    expect(iso(times)).toEqual(['2026-09-01T08:00:00.000Z', '2026-09-15T08:00:00.000Z', '2026-09-29T08:00:00.000Z', '2026-10-13T08:00:00.000Z']);
  });

  it('finds the last Friday of each month', () => {
    const times = sessionTimes({ date: '2026-01-01', startTime: '13:00', endTime: '15:00', repeat: monthly('-1FR', '2026-04-30') });
    expect(iso(times).map((s) => s.slice(0, 10))).toEqual(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24']);
  });

  it('starts on the first date the rule falls on, which need not be the date given', () => {
    const times = sessionTimes({ date: '2026-12-02', startTime: '14:00', endTime: '16:00', repeat: monthly('1TU', '2027-02-28') });
    expect(iso(times).map((s) => s.slice(0, 10))).toEqual(['2027-01-05', '2027-02-02']);
  });

  it('allows a weekly session for a whole year (53 dates), and no more', () => {
    const year = sessionTimes({ date: '2026-01-06', startTime: '10:00', endTime: '11:00', repeat: weekly(['TU'], '2027-01-05') });
    expect(year).toHaveLength(MAX_SESSIONS);
    const twice = refused(() => sessionTimes({ date: '2026-01-05', startTime: '10:00', endTime: '11:00', repeat: weekly(['MO', 'TH'], '2026-12-31') }));
    expect(twice).toEqual({ until: 'advisory.invalid.repeatTooMany' });
  });

  it('says how many dates a too long repeat gives', () => {
    try {
      sessionTimes({ date: '2026-01-05', startTime: '10:00', endTime: '11:00', repeat: weekly(['MO', 'TH'], '2026-12-31') });
    } catch (error) {
      expect((error as AdvisoryError).params).toEqual({ until: { count: 104 } });
      return;
    }
    throw new Error('expected the repeat to be refused');
  });

  it('refuses an end date more than a year after the first date, or before it', () => {
    expect(refused(() => sessionTimes({ date: '2026-01-06', startTime: '10:00', endTime: '11:00', repeat: monthly('1TU', '2027-01-07') }))).toEqual({ until: 'advisory.invalid.repeatTooLong' });
    expect(refused(() => sessionTimes({ date: '2026-01-06', startTime: '10:00', endTime: '11:00', repeat: monthly('1TU', '2026-01-01') }))).toEqual({ until: 'advisory.invalid.repeatUntil' });
  });

  it('refuses a rule that gives no dates at all', () => {
    // February 2026 has no fifth Monday.
    expect(refused(() => sessionTimes({ date: '2026-02-01', startTime: '10:00', endTime: '11:00', repeat: monthly('5MO', '2026-02-28') }))).toEqual({ byday: 'advisory.invalid.repeatNoDates' });
  });

  it('refuses weekdays it cannot read, an ordinal in a weekly rule, and a silly interval', () => {
    expect(refused(() => sessionTimes({ date: '2026-02-01', startTime: '10:00', endTime: '11:00', repeat: weekly(['1TU'], '2026-05-01') }))).toEqual({ byday: 'advisory.invalid.repeatDays' });
    expect(refused(() => sessionTimes({ date: '2026-02-01', startTime: '10:00', endTime: '11:00', repeat: weekly(['TUESDAY'], '2026-05-01', 0) }))).toEqual({
      byday: 'advisory.invalid.repeatDays',
      interval: 'advisory.invalid.repeatInterval',
    });
  });
});
