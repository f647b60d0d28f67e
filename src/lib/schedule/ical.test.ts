import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { buildActivityCalendar, calendarFileName, recurrenceRule } from './ical';
import { rule } from './test-rules';
import { wallClock } from './zone';

const from = new Date('2026-03-01T00:00:00Z');

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

function calendar(schedules: Parameters<typeof buildActivityCalendar>[0]['schedules']) {
  return buildActivityCalendar({
    name: 'Strikkecafé',
    summary: 'Strik og snak, kaffe på kanden.',
    url: 'https://indgang.example.dk/aktiviteter/strikkecafe',
    location: 'Valby Kulturhus, Valgårdsvej 4, 2500 Valby',
    schedules,
    from,
  });
}

describe('the calendar file of an activity', () => {
  it('holds a weekly event at 10.00 Copenhagen time that stays at 10.00 after the clocks go forward', () => {
    const text = calendar([{ id: 'a1', ...rule('TU', '10:00', '12:00') }]);
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20260303T100000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU');
    expect(text).toContain('BEGIN:VTIMEZONE');

    const [event] = events(text);
    expect(event?.summary).toBe('Strikkecafé');
    expect(event?.location).toBe('Valby Kulturhus, Valgårdsvej 4, 2500 Valby');
    expect(event?.start.toISOString()).toBe('2026-03-03T09:00:00.000Z');
    const dates = event?.rrule?.between(new Date('2026-03-20T00:00:00Z'), new Date('2026-04-05T00:00:00Z')) ?? [];
    expect(dates.map((d) => wallClock(d).hour)).toEqual([10, 10]);
    expect(dates.map((d) => d.toISOString())).toEqual(['2026-03-24T09:00:00.000Z', '2026-03-31T08:00:00.000Z']);
  });

  it('writes monthly ordinals, intervals and the end date into the rule', () => {
    expect(recurrenceRule(rule('1TU', '17:00', '19:00'))).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU');
    expect(recurrenceRule(rule('TH', '10:00', '13:00', { interval: 2, validTo: '2026-06-25' }))).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO;UNTIL=20260625T080000Z',
    );
  });

  it('starts an every-other-week event in a week that counts, so calendars show the same dates as the page', () => {
    const text = calendar([{ id: 'a2', ...rule('TH', '10:00', '13:00', { interval: 2 }) }]);
    const [event] = events(text);
    expect(event?.start.toISOString()).toBe('2026-03-12T09:00:00.000Z');
    const dates = event?.rrule?.between(from, new Date('2026-04-10T00:00:00Z')) ?? [];
    expect(dates.map((d) => d.toISOString())).toEqual(['2026-03-12T09:00:00.000Z', '2026-03-26T09:00:00.000Z', '2026-04-09T08:00:00.000Z']);
  });

  it('ends a night event the next morning', () => {
    const [event] = events(calendar([{ id: 'a3', ...rule('MO,TU,WE,TH,FR,SA,SU', '20:00', '09:00') }]));
    expect(event?.start.toISOString()).toBe('2026-03-01T19:00:00.000Z');
    expect(event?.end?.toISOString()).toBe('2026-03-02T08:00:00.000Z');
  });

  it('leaves out schedules that have ended and gives each event a stable id', () => {
    const text = calendar([
      { id: 'old', ...rule('TU', '10:00', '12:00', { validTo: '2026-01-31' }) },
      { id: 'new', ...rule('1TU', '17:00', '19:00') },
    ]);
    expect(events(text).map((e) => e.uid)).toEqual(['new@indgang']);
  });

  it('is named after the slug, in letters a file system accepts', () => {
    expect(calendarFileName('strikkecafe')).toBe('strikkecafe.ics');
    expect(calendarFileName('../Æble "x"')).toBe('ble-x.ics');
  });
});
