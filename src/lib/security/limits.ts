/**
 * Limits of the public doors that had none of their own (the other rules live beside their
 * concept: entrance, report, advisory, password reset, referral API). Every key is per purpose
 * and per requester, so one busy address never locks out another. README "Rate limits" has the table.
 */

/**
 * Searches (the /soeg page and /api/search share it): the island asks after a 250 ms pause, so one
 * person typing without stopping sends at most about four a second, and people pause. A library's
 * public computers, a school or a town hall reach us from one address, so the limit is a few such
 * people at once (5 a second on average), not one; a script walking the index is slowed to that.
 */
export const SEARCH_LIMIT = { limit: 300, windowSeconds: 60 } as const;

/**
 * The read-only HSDS API: a directory harvesting us pages through everything (at most 100 a page)
 * in well under a minute at this rate; a loop gone wrong is held at two requests a second.
 */
export const HSDS_LIMIT = { limit: 120, windowSeconds: 60 } as const;

/**
 * Choosing a password from an invitation or a reset link: each try is an argon2 hash (deliberately
 * slow), so a flood of them would starve the server. A person mistyping needs a handful.
 */
export const PASSWORD_FORM_LIMIT = { limit: 20, windowSeconds: 15 * 60 } as const;

/**
 * "Yes, it is still right" from a reminder's confirm link: one button per listing; a volunteer
 * with many listings confirms a few dozen in a sitting.
 */
export const CONFIRM_LINK_LIMIT = { limit: 60, windowSeconds: 60 * 60 } as const;
