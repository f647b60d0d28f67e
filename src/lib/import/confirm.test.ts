import { describe, expect, it } from 'vitest';
import { checkConfirmation, issueConfirmation, sha256Of } from './confirm';

const key = Buffer.alloc(32, 7);
const shown = { userId: 'u1', name: 'foreninger.csv', administration: '', sha256: sha256Of(new TextEncoder().encode('a;b\n1;2\n')) };
const at = new Date('2026-03-02T10:00:00Z');
const later = (seconds: number) => new Date(at.getTime() + seconds * 1000);

describe('the dry run confirmation', () => {
  it('confirms the same content by the same admin within the hour', () => {
    const token = issueConfirmation(key, shown, at);
    expect(checkConfirmation(key, token, shown, later(59 * 60))).toBe(true);
  });

  it('refuses other content, another admin, another fallback administration, an old or a forged token', () => {
    const token = issueConfirmation(key, shown, at);
    expect(checkConfirmation(key, token, { ...shown, sha256: sha256Of(new TextEncoder().encode('a;b\n1;3\n')) }, later(1))).toBe(false);
    expect(checkConfirmation(key, token, { ...shown, userId: 'u2' }, later(1))).toBe(false);
    expect(checkConfirmation(key, token, { ...shown, administration: 'sof' }, later(1))).toBe(false);
    expect(checkConfirmation(key, token, shown, later(61 * 60))).toBe(false);
    expect(checkConfirmation(Buffer.alloc(32, 8), token, shown, later(1))).toBe(false);
    expect(checkConfirmation(key, `${token}x`, shown, later(1))).toBe(false);
    expect(checkConfirmation(key, undefined, shown, later(1))).toBe(false);
  });
});
