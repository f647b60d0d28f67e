import { civilDate, dayNumber } from '../schedule/civil';
import { wallClock, zonedInstant } from '../schedule/zone';

/**
 * When the reminder of a booking is due: from 09.00 (Copenhagen) on the day before the session's
 * date until the session starts. Not for a booking that got its seat after 09.00 that day (its
 * confirmation or promotion mail is fresh), not twice, not without an e-mail. The job's SQL
 * (job.ts) says the same; this pure form is what the unit tests pin down.
 */

/** 09.00 on Copenhagen clocks on the day before the session's date (DST-right on both sides of a switch). */
export function reminderWindowStart(startsAt: Date): Date {
  const day = dayNumber(wallClock(startsAt));
  return zonedInstant(civilDate(day - 1), { hour: 9, minute: 0 });
}

export interface ReminderCandidate {
  status: 'confirmed' | 'waiting' | 'cancelled';
  hasEmail: boolean;
  startsAt: Date;
  createdAt: Date;
  /** When a waiting booking got its seat, if it did. */
  promotedAt: Date | null;
  reminderSentAt: Date | null;
}

/** Whether the job should send this booking its reminder now. */
export function reminderDue(booking: ReminderCandidate, now: Date): boolean {
  if (booking.status !== 'confirmed' || !booking.hasEmail || booking.reminderSentAt) return false;
  const opens = reminderWindowStart(booking.startsAt);
  const seatSince = booking.promotedAt && booking.promotedAt > booking.createdAt ? booking.promotedAt : booking.createdAt;
  return now >= opens && now < booking.startsAt && seatSince < opens;
}
