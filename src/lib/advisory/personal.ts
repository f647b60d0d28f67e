import { createHash, randomBytes } from 'node:crypto';
import { referralKeyring } from '../referral/crypto';
import type { BookingPerson } from './types';

/**
 * What is sealed in `advisory_bookings.personal` (AES-256-GCM with the referral keyring, decision
 * 013): the person as they gave it, the cancel link's token and the language they booked in. The
 * token is kept, sealed, so that a promotion or a reminder mailed later carries the same link as
 * the confirmation; the database itself only has the token's hash to look the link up by.
 */
export interface SealedBooking {
  person: BookingPerson;
  cancelToken: string;
  locale: 'da' | 'en';
}

/** A fresh cancel token: 32 random bytes, base64url (43 characters), unguessable. */
export function newCancelToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a cancel token: its SHA-256 in hex. A leaked database gives no working links. */
export function hashCancelToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Encrypts the booking's personal part and makes the keyed e-mail and phone hashes. */
export function sealBooking(part: SealedBooking): { personal: string; emailIndex: string | null; phoneIndex: string | null } {
  const keyring = referralKeyring();
  return {
    personal: keyring.encrypt(JSON.stringify(part)),
    emailIndex: part.person.email ? keyring.index('email', part.person.email) : null,
    phoneIndex: part.person.phone ? keyring.index('phone', part.person.phone) : null,
  };
}

/** Decrypts a booking's personal part; null once erased. Throws when it was changed or the key is another. */
export function openBooking(sealed: string | null): SealedBooking | null {
  if (!sealed) return null;
  return JSON.parse(referralKeyring().decrypt(sealed)) as SealedBooking;
}
