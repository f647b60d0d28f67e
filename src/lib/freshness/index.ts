/**
 * Fresh listings: associations confirm each listing at least yearly (from the dashboard or a link
 * in a reminder), reminders at 11 and 12 months, and listings unconfirmed for 15 months marked
 * stale (a warning on the public page, lower in search, on the administration's list).
 */
export { anchorOf, FIRST_REMINDER_MONTHS, isStale, monthsBefore, monthsSince, SECOND_REMINDER_MONTHS, STALE_MONTHS } from './age';
export { confirmListing, type ConfirmedVia } from './confirm';
export { freshnessJob, publicBaseUrl } from './job';
export { findListing, findPublishedListingBySlug, listingReference, type ListingKind, type ListingRef } from './listing';
export { type FreshnessRun, runFreshness } from './reminders';
export { type StaleListing, staleListings } from './stale-list';
export { type ListingSummary, listingSummary } from './summary';
export { CONFIRM_LINK_DAYS, type ConfirmTokenLookup, createConfirmToken, lookupConfirmToken } from './tokens';
