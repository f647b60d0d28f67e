/** Texts of the back office: confirming listings, reminders, stale listings, reporting a problem. Joined into the catalogue in ../messages.ts. */
import type { EnglishOf, Message } from '../messages';

export const freshnessDa = {
} as const satisfies Record<string, Message>;

export const freshnessEn: EnglishOf<typeof freshnessDa> = {
};
