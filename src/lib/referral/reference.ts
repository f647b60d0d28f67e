import { randomInt } from 'node:crypto';

/**
 * Reference codes are read aloud on the phone and typed from a paper prescription, often by
 * elderly citizens: no 0/O, 1/I/L to mix up, groups of three, upper case.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A fresh random reference such as "K7M-4QX-9TD": 9 characters (31^9 ≈ 2.6·10^13 codes), no meaning. */
export function referenceCode(): string {
  let code = '';
  for (let i = 0; i < 9; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`;
}

/**
 * A reference as a person typed it ("k7m 4qx 9td", "K7M4QX9TD") in its stored form "K7M-4QX-9TD",
 * or null when it cannot be a reference at all (wrong length, or a character we never use).
 */
export function normaliseReference(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[2-9A-HJKMNP-Z]{9}$/.test(plain)) return null;
  return `${plain.slice(0, 3)}-${plain.slice(3, 6)}-${plain.slice(6)}`;
}
