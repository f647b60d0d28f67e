import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyringFrom, normalise } from './crypto';

const key = () => randomBytes(32).toString('base64url');

describe('encryption of personal data', () => {
  it('gives back what it sealed, and never the plain text in the sealed form', () => {
    const ring = keyringFrom(key());
    const sealed = ring.encrypt('Kaj Nielsen, 12 34 56 78');
    expect(sealed).not.toContain('Kaj');
    expect(ring.decrypt(sealed)).toBe('Kaj Nielsen, 12 34 56 78');
  });

  it('seals the same text differently every time', () => {
    const ring = keyringFrom(key());
    expect(ring.encrypt('Kaj')).not.toBe(ring.encrypt('Kaj'));
  });

  it('refuses a changed text and another key', () => {
    const ring = keyringFrom(key());
    const sealed = ring.encrypt('Kaj');
    const parts = sealed.split('.');
    const changed = [...parts.slice(0, 3), Buffer.from('Kim').toString('base64url')].join('.');
    expect(() => ring.decrypt(changed)).toThrow();
    expect(() => keyringFrom(key()).decrypt(sealed)).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => keyringFrom('kort')).toThrow(/32 tilfældige bytes/);
  });

  it('finds the same citizen by e-mail or phone however it was typed, and not another', () => {
    const ring = keyringFrom(key());
    expect(ring.index('email', ' Kaj@Example.dk ')).toBe(ring.index('email', 'kaj@example.dk'));
    expect(ring.index('phone', '+45 12 34 56 78')).toBe(ring.index('phone', '12345678'));
    expect(ring.index('phone', '12345678')).not.toBe(ring.index('phone', '12345679'));
    expect(ring.index('email', 'kaj@example.dk')).not.toBe(keyringFrom(key()).index('email', 'kaj@example.dk'));
  });

  it('reads Danish phone numbers by their eight digits', () => {
    expect(normalise('phone', '0045 12345678')).toBe('12345678');
    expect(normalise('phone', '12 34 56 78')).toBe('12345678');
  });
});
