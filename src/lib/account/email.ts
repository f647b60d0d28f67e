/** E-mails are stored lower-cased and trimmed (users.email has a check for it); compare them the same way. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A plausible address: something@something.something, no spaces. Deliberately loose, since the
 * only real test is whether the mail arrives; this catches typing slips like a missing @.
 */
export function looksLikeEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254;
}
