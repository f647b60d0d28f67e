import { describe, expect, it } from 'vitest';
import { requestIdFrom } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it('keeps a well-formed id from the proxy in front', () => {
    expect(requestIdFrom('lb-7f3a9c21')).toBe('lb-7f3a9c21');
    expect(requestIdFrom('0b7c1e9e-2f54-4a57-9d7e-5c6a3a1b8f00')).toBe('0b7c1e9e-2f54-4a57-9d7e-5c6a3a1b8f00');
    expect(requestIdFrom(`  ${'a'.repeat(64)} `)).toBe('a'.repeat(64));
  });

  it('makes a new UUID when there is none', () => {
    expect(requestIdFrom(null)).toMatch(UUID);
    expect(requestIdFrom(undefined)).toMatch(UUID);
    expect(requestIdFrom('')).toMatch(UUID);
  });

  it('replaces an id that could forge a log line or show foreign text', () => {
    for (const bad of ['short', 'a'.repeat(65), 'abc def ghi', 'abcdefgh\n{"level":50}', '<script>x</script>', 'æøåæøåæøå', 'abc;def;ghi']) {
      const id = requestIdFrom(bad);
      expect(id).not.toBe(bad.trim());
      expect(id).toMatch(UUID);
    }
  });

  it('makes a different id for every request', () => {
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });
});
