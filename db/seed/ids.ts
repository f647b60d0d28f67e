import { createHash } from 'node:crypto';

const NAMESPACE = 'indgang-demo-data';

/**
 * A UUID (version 5 layout) derived from a kind and a natural key, e.g. `stableId('activity',
 * 'besoegsven-i-valby')`. Rows can reference each other before anything is inserted, and the ids
 * are the same in every database seeded with the demo, so a bug report can quote one.
 */
export function stableId(kind: string, key: string): string {
  const bytes = createHash('sha1').update(`${NAMESPACE}:${kind}:${key}`).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
