import { describe, expect, it } from 'vitest';
import { placeBooking, seatsLeft, seatsToPromote } from './capacity';

describe('placing a booking', () => {
  it('gives a seat while there are free seats', () => {
    expect(placeBooking({ confirmed: 0, capacity: 5, waitingList: true })).toBe('confirmed');
    expect(placeBooking({ confirmed: 4, capacity: 5, waitingList: false })).toBe('confirmed');
  });

  it('puts the booking on the waiting list when the last seat is taken', () => {
    expect(placeBooking({ confirmed: 5, capacity: 5, waitingList: true })).toBe('waiting');
  });

  it('says full when the last seat is taken and there is no waiting list', () => {
    expect(placeBooking({ confirmed: 5, capacity: 5, waitingList: false })).toBe('full');
  });

  it('never gives a seat beyond the capacity, whatever the counts', () => {
    for (let capacity = 1; capacity <= 20; capacity++) {
      for (let confirmed = capacity; confirmed <= capacity + 3; confirmed++) {
        expect(placeBooking({ confirmed, capacity, waitingList: true })).not.toBe('confirmed');
      }
    }
  });
});

describe('seats left', () => {
  it('counts the free seats and never goes below zero', () => {
    expect(seatsLeft({ confirmed: 3, capacity: 5 })).toBe(2);
    expect(seatsLeft({ confirmed: 5, capacity: 5 })).toBe(0);
    expect(seatsLeft({ confirmed: 6, capacity: 5 })).toBe(0);
  });
});

describe('promoting from the waiting list', () => {
  it('promotes one after a cancel freed one seat', () => {
    expect(seatsToPromote({ confirmed: 4, capacity: 5, waiting: 3 })).toBe(1);
  });

  it('promotes as many as the raised capacity frees', () => {
    expect(seatsToPromote({ confirmed: 5, capacity: 8, waiting: 10 })).toBe(3);
  });

  it('promotes only the people who are waiting', () => {
    expect(seatsToPromote({ confirmed: 2, capacity: 8, waiting: 2 })).toBe(2);
    expect(seatsToPromote({ confirmed: 2, capacity: 8, waiting: 0 })).toBe(0);
  });

  it('promotes nobody while the session is full', () => {
    expect(seatsToPromote({ confirmed: 5, capacity: 5, waiting: 4 })).toBe(0);
  });
});
