import { createHash } from 'node:crypto';

const NAMESPACE = 'indgang-hsds';

/**
 * A UUID (version 5 layout) for an HSDS object that has no row of its own in our database (a
 * phone of a contact, an address of a place, a link to a taxonomy term), derived from what it
 * belongs to. HSDS wants every object to have a unique id; deriving it keeps the id the same in
 * every export, so consumers can follow an object from one export to the next.
 */
export function derivedId(kind: string, ...key: string[]): string {
  const bytes = createHash('sha1').update(`${NAMESPACE}:${kind}:${key.join(':')}`).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
