/** Texts of the back office: administration of administrations, users and taxonomies. Joined into the catalogue in ../messages.ts. */
import type { EnglishOf, Message } from '../messages';

export const adminDa = {
} as const satisfies Record<string, Message>;

export const adminEn: EnglishOf<typeof adminDa> = {
};
