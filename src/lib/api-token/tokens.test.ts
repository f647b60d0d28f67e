import { describe, expect, it } from 'vitest';
import { bearerToken } from './tokens';

describe('bearerToken', () => {
  it('reads the token of an Authorization header, whatever the case of "Bearer"', () => {
    expect(bearerToken('Bearer indgang_abc-123')).toBe('indgang_abc-123');
    expect(bearerToken('bearer   indgang_abc ')).toBe('indgang_abc');
  });

  it('finds none in a missing, empty or other kind of header', () => {
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken('')).toBeNull();
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken('Bearer two words')).toBeNull();
  });
});
