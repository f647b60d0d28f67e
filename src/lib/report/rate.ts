/**
 * Reports per address per hour. A reader rarely reports more than one or two problems; the room
 * above that is for typing mistakes corrected and sent again, and for a library's shared address.
 */
export const REPORT_LIMIT = 10;
export const REPORT_WINDOW_SECONDS = 60 * 60;

/** The rate limit key of one address (rate_limits.key). */
export function reportRateKey(ip: string): string {
  return `report:${ip}`;
}
