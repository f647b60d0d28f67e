import fc from 'fast-check';

/**
 * Hostile values for form fields and query parameters. Values are kept *percent-encoded* so that a
 * body can carry what a browser never would: malformed escapes, bytes that are not UTF-8, an
 * encoded lone surrogate.
 */
const enc = (text: string) => encodeURIComponent(text.toWellFormed());

/** Text that has broken portals before: control characters, direction marks, zero-width joiners, emoji, markup, SQL. */
const nasty = fc.constantFrom(
  '\u0000',
  '\u0007\u0008\u001b[31m',
  '\r\n\r\n',
  '\u202eolleh\u202c',
  '\u200b\u200c\u200d\ufeff',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  'ﷺ𒐫𝔘̸̡̛̗̀',
  'Ææ Øø Åå',
  "'",
  '"; --',
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '../../etc/passwd',
  '\\',
  '  ',
  '-1',
  '0',
  '1e309',
  'NaN',
  '99999999999999999999999',
  '2025-02-30',
  '0000-00-00T25:61',
  'a@b',
  '@',
  'null',
  'true',
  '[]',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
);

/** Percent-escapes no browser sends: malformed, overlong, a lone surrogate as CESU bytes, a stray byte. */
const rawEscape = fc.constantFrom('%', '%zz', '%FF', '%ED%A0%80', '%C0%80', '%E2%82', '%00');

/** One value, encoded, for a field whose valid values the page offers (`valid`, may be empty). */
export function fieldValue(valid: string[]): fc.Arbitrary<string> {
  const huge = fc
    .tuple(fc.constantFrom('x', 'ø', '😀', '\u0000', 'a '), fc.integer({ min: 100_000, max: 140_000 }))
    .map(([unit, length]) => enc(unit.repeat(Math.ceil(length / unit.length))));
  return fc.oneof(
    { weight: 3, arbitrary: valid.length > 0 ? fc.constantFrom(...valid).map(enc) : fc.string({ maxLength: 20 }).map(enc) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }).map(enc) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(enc) },
    { weight: 3, arbitrary: nasty.map(enc) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), rawEscape).map(([text, raw]) => enc(text) + raw) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()).map((n) => enc(String(n))) },
    { weight: 1, arbitrary: huge },
  );
}

/** What is done to one field of the form. */
export type FieldMove = { kind: 'keep' } | { kind: 'omit' } | { kind: 'set'; values: string[] };

/** A move for one field: mostly a new value, sometimes left as the page had it, left out, or sent twice. */
export function fieldMove(valid: string[]): fc.Arbitrary<FieldMove> {
  const value = fieldValue(valid);
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<FieldMove>({ kind: 'keep' }) },
    { weight: 1, arbitrary: fc.constant<FieldMove>({ kind: 'omit' }) },
    { weight: 5, arbitrary: value.map((v): FieldMove => ({ kind: 'set', values: [v] })) },
    { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }).map((values): FieldMove => ({ kind: 'set', values })) },
  );
}

/** How the body is sent: as the form does, or as something the page does not expect. */
export type BodyShape = 'urlencoded' | 'multipart' | 'json' | 'malformed-urlencoded' | 'malformed-multipart' | 'text';

export const bodyShape: fc.Arbitrary<BodyShape> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<BodyShape>('urlencoded') },
  { weight: 2, arbitrary: fc.constant<BodyShape>('multipart') },
  { weight: 1, arbitrary: fc.constantFrom<BodyShape>('json', 'malformed-urlencoded', 'malformed-multipart', 'text') },
);

/** Names the form does not have (sent as extra fields). */
export const unknownFields = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'role', 'status', 'admin', 'x[]'), fc.string({ minLength: 1, maxLength: 12 })), fieldValue([])),
  { maxLength: 2 },
);

/** Decodes an encoded value the way a lenient server would (for bodies that are not URL-encoded). */
export function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
