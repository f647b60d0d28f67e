/**
 * Where a booking goes, and how many on the waiting list get a seat. Pure: the caller counts the
 * confirmed and waiting bookings while it holds the session's row lock, so that the counts cannot
 * change before it acts on the answer.
 */

/** A new booking gets a seat, a place on the waiting list, or nothing (full without a waiting list). */
export type Placement = 'confirmed' | 'waiting' | 'full';

export interface SeatCounts {
  /** Bookings holding a seat now. */
  confirmed: number;
  capacity: number;
}

/** Where a new booking goes: a free seat, else the waiting list if the session keeps one, else full. */
export function placeBooking(counts: SeatCounts & { waitingList: boolean }): Placement {
  if (counts.confirmed < counts.capacity) return 'confirmed';
  return counts.waitingList ? 'waiting' : 'full';
}

/** Seats still free (never below 0: a capacity lowered under the bookings is refused, but be safe). */
export function seatsLeft(counts: SeatCounts): number {
  return Math.max(0, counts.capacity - counts.confirmed);
}

/**
 * How many of the waiting bookings get a seat now: after a cancel (one seat freed) or a raised
 * capacity (several), as many as there are free seats and people waiting.
 */
export function seatsToPromote(counts: SeatCounts & { waiting: number }): number {
  return Math.min(Math.max(0, counts.waiting), seatsLeft(counts));
}
