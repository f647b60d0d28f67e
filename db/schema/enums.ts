import { pgEnum } from 'drizzle-orm/pg-core';

/** Whether an activity is something a citizen gets (offer) or something a citizen does (volunteer role). */
export const activityKind = pgEnum('activity_kind', ['offer', 'volunteer_role']);

/**
 * Life cycle of a public listing. Only `published` listings are shown to the public and indexed;
 * `paused` keeps a listing but hides it for a while (e.g. a summer break).
 */
export const listingStatus = pgEnum('listing_status', ['draft', 'published', 'paused', 'archived']);

/** Public contacts are shown on listings; internal contacts are for administrations only. */
export const contactVisibility = pgEnum('contact_visibility', ['public', 'internal']);

/** The two taxonomies of the directory, mapped to Open Referral `taxonomy_term.taxonomy`. */
export const taxonomyKind = pgEnum('taxonomy_kind', ['target_group', 'category']);

/** Recurrence frequency, as in RFC 5545 and Open Referral `schedule.freq`. */
export const scheduleFreq = pgEnum('schedule_freq', ['WEEKLY', 'MONTHLY']);

/**
 * admin: manages administrations, users, taxonomies. coordinator and staff: belong to one
 * administration. member: belongs to one or more associations.
 */
export const userRole = pgEnum('user_role', ['admin', 'coordinator', 'staff', 'member']);
