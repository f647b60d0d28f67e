import { describe, expect, it } from 'vitest';
import { normaliseReference, referenceCode } from './reference';

describe('referenceCode', () => {
  it('makes three groups of three characters without look-alikes', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = referenceCode();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });

  it('reads a code as people type it', () => {
    expect(normaliseReference(' k7m 4qx 9td ')).toBe('K7M-4QX-9TD');
    expect(normaliseReference('K7M4QX9TD')).toBe('K7M-4QX-9TD');
    expect(normaliseReference('K7M-4QX-9T')).toBeNull();
    expect(normaliseReference('K7M-4QX-9T0')).toBeNull();
  });
});
