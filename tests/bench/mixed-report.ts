/** The printed outcome of `npm run bench:load`: a Markdown table to paste into the README. */
import { KINDS, type Kind, type MixedResult } from './mixed-runner';

export interface MixedReport {
  result: MixedResult;
  activities: number;
  connections: number;
  machine: string;
  loadBefore: string;
  loadAfter: string;
  /** CPU seconds used during the load, by process group. */
  cpu: Record<string, number>;
  /** Writes that had to reuse a form shown earlier (the pool of shown forms ran out). */
  formsReused: Record<'booking' | 'report', number>;
}

const NAMES: Record<Kind, string> = {
  search: 'search (`/api/search`, `/soeg`)',
  detail: 'detail pages',
  booking: 'advisory booking',
  report: 'problem report',
  referral: 'referral (API)',
};

const ms = (x: number) => (Number.isNaN(x) ? '–' : `${x.toFixed(0)} ms`);

function errorsText(errors: Record<string, number>): string {
  const entries = Object.entries(errors);
  if (entries.length === 0) return '0';
  return entries.map(([what, count]) => `${count} × ${what}`).join(', ');
}

/** Prints the table, the throughput, the machine and who used the CPU. */
export function printMixedReport(r: MixedReport): void {
  const { result } = r;
  console.log(`\nMixed load: ${r.activities} activities, ${r.connections} connections, ${result.seconds.toFixed(1)} s`);
  console.log(`Machine: ${r.machine}; load average (1 / 5 / 15 min) before the bench ${r.loadBefore}, after the load ${r.loadAfter}`);
  console.log('| kind | requests | share | errors | p50 | p95 | p99 | max |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const kind of KINDS) {
    const k = result.kinds[kind];
    const share = ((100 * k.requests) / Math.max(1, result.requests)).toFixed(1);
    const fallback = k.fallbacks > 0 ? ` (${k.fallbacks} answered by the PostgreSQL fallback)` : '';
    console.log(`| ${NAMES[kind]} | ${k.requests} | ${share} % | ${errorsText(k.errors)}${fallback} | ${ms(k.p50)} | ${ms(k.p95)} | ${ms(k.p99)} | ${ms(k.max)} |`);
  }
  const a = result.all;
  console.log(`| **all** | ${a.requests} | 100 % | ${a.errors} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.p99)} | ${ms(a.max)} |`);
  console.log(`Throughput: ${result.rps.toFixed(0)} requests/s`);
  const cpu = Object.entries(r.cpu).map(([who, s]) => `${who} ${s.toFixed(1)} s (${(s / result.seconds).toFixed(2)} cores)`);
  console.log(`CPU during the load: ${cpu.join(', ')}`);
  if (r.formsReused.booking + r.formsReused.report > 0) {
    console.log(`Forms used twice (more writes than forms shown; raise --forms): ${r.formsReused.booking} bookings, ${r.formsReused.report} reports`);
  }
  const met = a.errors === 0 && a.p99 < 200;
  console.log(`Target (0 errors, p99 < 200 ms): ${met ? 'met' : 'NOT met'}`);
}
