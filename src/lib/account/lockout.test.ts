import { describe, expect, it } from 'vitest';
import { emailLockedUntil, ipBlockedUntil } from './lockout';

const start = new Date('2026-03-02T08:00:00Z').getTime();
const at = (minutes: number) => new Date(start + minutes * 60 * 1000);

describe('emailLockedUntil', () => {
  it('does not lock after four failures', () => {
    expect(emailLockedUntil([at(0), at(1), at(2), at(3)], at(4))).toBeNull();
  });

  it('locks for 15 minutes from the fifth failure within 15 minutes', () => {
    const failures = [at(0), at(1), at(2), at(3), at(4)];
    expect(emailLockedUntil(failures, at(5))).toEqual(at(19));
    expect(emailLockedUntil(failures, at(18.9))).toEqual(at(19));
    expect(emailLockedUntil(failures, at(19))).toBeNull();
  });

  it('does not lock when the five failures are spread over more than 15 minutes', () => {
    expect(emailLockedUntil([at(0), at(4), at(8), at(12), at(16)], at(17))).toBeNull();
  });

  it('does not make the lock longer for attempts made while it lasts', () => {
    const failures = [at(0), at(1), at(2), at(3), at(4), at(5), at(10), at(15), at(18)];
    expect(emailLockedUntil(failures, at(18.5))).toEqual(at(19));
  });

  it('locks again after five new failures once the first lock has ended', () => {
    const first = [at(0), at(1), at(2), at(3), at(4)];
    const second = [at(20), at(21), at(22), at(23), at(24)];
    expect(emailLockedUntil([...first, ...second.slice(0, 4)], at(24))).toBeNull();
    expect(emailLockedUntil([...first, ...second], at(25))).toEqual(at(39));
  });
});

describe('ipBlockedUntil', () => {
  const many = (count: number, from = 0) => Array.from({ length: count }, (_, i) => at(from + i * 0.1));

  it('lets an address with 29 recent failures try again', () => {
    expect(ipBlockedUntil(many(29), at(5))).toBeNull();
  });

  it('blocks an address after 30 failures within 15 minutes, until the oldest of them is 15 minutes old', () => {
    const failures = many(30);
    expect(ipBlockedUntil(failures, at(5))).toEqual(at(15));
    expect(ipBlockedUntil(failures, at(15))).toBeNull();
  });

  it('forgets failures older than 15 minutes', () => {
    expect(ipBlockedUntil([...many(20, 0), ...many(15, 20)], at(22))).toBeNull();
  });
});
