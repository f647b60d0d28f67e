import { describe, expect, it } from 'vitest';
import { type ReminderCandidate, reminderDue, reminderWindowStart } from './reminder';

const booking = (over: Partial<ReminderCandidate> = {}): ReminderCandidate => ({
  status: 'confirmed',
  hasEmail: true,
  // Tuesday 1 December 2026 at 16.00 in Copenhagen (winter time, UTC+1).
  startsAt: new Date('2026-12-01T15:00:00Z'),
  createdAt: new Date('2026-11-20T10:00:00Z'),
  promotedAt: null,
  reminderSentAt: null,
  ...over,
});

describe('when the reminder is due', () => {
  it('opens at 09.00 Copenhagen time on the day before the session', () => {
    expect(reminderWindowStart(new Date('2026-12-01T15:00:00Z')).toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(reminderDue(booking(), new Date('2026-11-30T07:59:00Z'))).toBe(false);
    expect(reminderDue(booking(), new Date('2026-11-30T08:00:00Z'))).toBe(true);
  });

  it('stays due until the session starts, and not after', () => {
    expect(reminderDue(booking(), new Date('2026-12-01T14:59:00Z'))).toBe(true);
    expect(reminderDue(booking(), new Date('2026-12-01T15:00:00Z'))).toBe(false);
  });

  it('follows the clocks over a daylight-saving switch', () => {
    // Monday 26 October 2026 at 10.00 (winter time); the day before is Sunday 25 October, the day
    // summer time ends at 03.00: 09.00 that morning is already winter time, 08.00 UTC.
    expect(reminderWindowStart(new Date('2026-10-26T09:00:00Z')).toISOString()).toBe('2026-10-25T08:00:00.000Z');
    // Monday 30 March 2026 at 10.00 (summer time): 09.00 on Sunday 29 March is 07.00 UTC.
    expect(reminderWindowStart(new Date('2026-03-30T08:00:00Z')).toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });

  it('uses the Copenhagen date of a session just after midnight, not the UTC date', () => {
    // 00.30 on 2 December in Copenhagen is still 1 December in UTC.
    expect(reminderWindowStart(new Date('2026-12-01T23:30:00Z')).toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('is not sent for a booking made after the window opened: its confirmation is fresh', () => {
    const late = booking({ createdAt: new Date('2026-11-30T12:00:00Z') });
    expect(reminderDue(late, new Date('2026-11-30T13:00:00Z'))).toBe(false);
    const promotedLate = booking({ promotedAt: new Date('2026-11-30T12:00:00Z') });
    expect(reminderDue(promotedLate, new Date('2026-11-30T13:00:00Z'))).toBe(false);
  });

  it('is sent once, only to bookings with a seat and an e-mail', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    expect(reminderDue(booking({ reminderSentAt: new Date('2026-11-30T08:05:00Z') }), now)).toBe(false);
    expect(reminderDue(booking({ status: 'waiting' }), now)).toBe(false);
    expect(reminderDue(booking({ status: 'cancelled' }), now)).toBe(false);
    expect(reminderDue(booking({ hasEmail: false }), now)).toBe(false);
  });
});
