import type { ScheduleRule } from './rule';

/**
 * A schedule rule for tests in the catalogue's short form: `rule('TU', '10:00', '12:00')`,
 * with anything else overridden.
 */
export function rule(byday: string, opensAt: string, closesAt: string, over: Partial<ScheduleRule> = {}): ScheduleRule {
  const days = byday.split(',');
  return {
    freq: days.some((d) => /\d/.test(d)) ? 'MONTHLY' : 'WEEKLY',
    interval: 1,
    byday: days,
    opensAt: `${opensAt}:00`,
    closesAt: `${closesAt}:00`,
    validFrom: null,
    validTo: null,
    note: null,
    ...over,
  };
}
