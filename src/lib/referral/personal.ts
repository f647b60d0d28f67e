import { referralKeyring } from './crypto';
import type { CitizenDetails, Consent, ConsentMethod } from './types';

/** What is sealed in `referrals.personal`: everything that says who the citizen is or what their situation is. */
export interface PersonalPart {
  citizen: CitizenDetails;
  consent: Consent;
  noteToReceiver: string | null;
}

interface Stored {
  citizen: CitizenDetails;
  consent: { method: ConsentMethod; givenAt: string; scope: string };
  noteToReceiver: string | null;
}

/** Encrypts the personal part, and makes the keyed hashes a citizen or coordinator can look it up by. */
export function sealPersonal(part: PersonalPart): { personal: string; emailIndex: string | null; phoneIndex: string | null } {
  const keyring = referralKeyring();
  const stored: Stored = { ...part, consent: { ...part.consent, givenAt: part.consent.givenAt.toISOString() } };
  return {
    personal: keyring.encrypt(JSON.stringify(stored)),
    emailIndex: part.citizen.email ? keyring.index('email', part.citizen.email) : null,
    phoneIndex: part.citizen.phone ? keyring.index('phone', part.citizen.phone) : null,
  };
}

/** Decrypts the personal part; null once erased. Throws when the text was changed or the key is another. */
export function openPersonal(sealed: string | null): PersonalPart | null {
  if (!sealed) return null;
  const stored = JSON.parse(referralKeyring().decrypt(sealed)) as Stored;
  return { ...stored, consent: { ...stored.consent, givenAt: new Date(stored.consent.givenAt) } };
}

/** Encrypts a free-text comment of an event (it may name the citizen); null stays null. */
export function sealComment(comment: string | null): string | null {
  return comment ? referralKeyring().encrypt(comment) : null;
}

/** Decrypts an event's comment; null when there was none or it was erased. */
export function openComment(sealed: string | null): string | null {
  return sealed ? referralKeyring().decrypt(sealed) : null;
}
