import { describe, expect, it } from 'vitest';
import { anchorOf, isStale, monthsBefore, monthsSince } from './age';

const at = (iso: string) => new Date(iso);

describe('confirmation age', () => {
  it('counts from the last confirmation, or from creation when there was none', () => {
    const createdAt = at('2024-01-01T00:00:00Z');
    expect(anchorOf({ lastVerifiedAt: null, createdAt })).toBe(createdAt);
    expect(anchorOf({ lastVerifiedAt: at('2025-01-01T00:00:00Z'), createdAt })).toEqual(at('2025-01-01T00:00:00Z'));
  });

  it('moves back by calendar months, keeping the end of a month inside the month', () => {
    expect(monthsBefore(at('2026-05-31T12:00:00Z'), 3)).toEqual(at('2026-02-28T12:00:00Z'));
    expect(monthsBefore(at('2026-03-15T08:00:00Z'), 15)).toEqual(at('2024-12-15T08:00:00Z'));
  });

  it('counts whole months only', () => {
    expect(monthsSince(at('2025-01-15T00:00:00Z'), at('2026-01-14T23:59:59Z'))).toBe(11);
    expect(monthsSince(at('2025-01-15T00:00:00Z'), at('2026-01-15T00:00:00Z'))).toBe(12);
    expect(monthsSince(at('2027-01-15T00:00:00Z'), at('2026-01-15T00:00:00Z'))).toBe(0);
  });

  it('calls a listing stale from exactly 15 months without confirmation', () => {
    const now = at('2026-04-10T10:00:00Z');
    expect(isStale(at('2025-01-10T10:00:00Z'), now)).toBe(true);
    expect(isStale(at('2025-01-10T10:00:01Z'), now)).toBe(false);
  });
});
