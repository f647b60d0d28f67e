/** Texts of the back office: review queue, revisions, history, fields that need no review. Joined into the catalogue in ../messages.ts. */
import type { EnglishOf, Message } from '../messages';

export const reviewDa = {
} as const satisfies Record<string, Message>;

export const reviewEn: EnglishOf<typeof reviewDa> = {
};
