import { type Locale, t } from '../../i18n';
import { formatDate, formatTime, wallClock } from '../../lib/schedule';

/** An instant as a reviewer reads it, in Copenhagen time: "3. marts 2026 kl. 9.30". */
export function formatWhen(locale: Locale, instant: Date): string {
  return t(locale, 'review.dateTime', { date: formatDate(locale, instant), time: formatTime(locale, wallClock(instant)) });
}

/**
 * The lines of a proposed value marked against the live one: `changed` for a line the live value
 * lacks, so that in a long list (schedules, contacts) the reviewer sees which line is new. Lines of
 * the live value the proposal drops are marked `removed` on the other side.
 */
export function markLines(lines: string[], other: string[]): { text: string; changed: boolean }[] {
  const others = new Set(other);
  return lines.map((text) => ({ text, changed: !others.has(text) }));
}
