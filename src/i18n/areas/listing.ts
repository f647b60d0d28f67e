/** Texts of the back office: association dashboard and editing of profiles, activities, contacts, places, schedules. Joined into the catalogue in ../messages.ts. */
import type { EnglishOf, Message } from '../messages';

export const listingDa = {
} as const satisfies Record<string, Message>;

export const listingEn: EnglishOf<typeof listingDa> = {
};
