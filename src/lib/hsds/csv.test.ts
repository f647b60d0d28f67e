import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../db/schema';
import { CSV_COLUMNS, type CsvRow } from './csv-columns';
import { csvCell, formatCsv, kroner, scheduleLine } from './csv';

const schedule = (over: Partial<Schedule>): Schedule => ({
  id: 's',
  activityId: 'a',
  placeId: null,
  freq: 'WEEKLY',
  interval: 1,
  byday: ['TU'],
  opensAt: '10:00:00',
  closesAt: '12:00:00',
  validFrom: null,
  validTo: null,
  note: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...over,
});

describe('the documented CSV', () => {
  it('has 50 distinct columns, organization columns first', () => {
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length);
    expect(CSV_COLUMNS.length).toBe(50);
    expect(CSV_COLUMNS[0]).toBe('organization_id');
    expect(CSV_COLUMNS.indexOf('service_id')).toBeGreaterThan(CSV_COLUMNS.indexOf('organization_contact_phone'));
  });

  it('writes kroner with a point and no decimals for whole amounts', () => {
    expect(kroner(0)).toBe('0');
    expect(kroner(2500)).toBe('25');
    expect(kroner(2550)).toBe('25.50');
    expect(kroner(2505)).toBe('25.05');
    expect(kroner(1_250_000)).toBe('12500');
  });

  it('quotes a cell only when it must, doubling quotes', () => {
    expect(csvCell('Valby')).toBe('Valby');
    expect(csvCell('Valby, 2500')).toBe('"Valby, 2500"');
    expect(csvCell('Kom "bare" forbi')).toBe('"Kom ""bare"" forbi"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('')).toBe('');
  });

  it('starts with a byte order mark and the header, and ends every row with CRLF', () => {
    const row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as CsvRow;
    const text = formatCsv([{ ...row, organization_name: 'A, B', service_languages: 'da;en' }]);
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text).toContain(',"A, B",');
  });

  it('writes a schedule as KEY=value pairs with the note last and the place as a line number', () => {
    expect(scheduleLine(schedule({}), [])).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;OPENS=10:00;CLOSES=12:00');
    expect(
      scheduleLine(
        schedule({ freq: 'MONTHLY', interval: 2, byday: ['1TU', '-1FR'], placeId: 'p2', validFrom: '2026-01-01', validTo: '2026-12-31', note: 'Husk madpakke; og kaffe\ntil alle' }),
        ['p1', 'p2'],
      ),
    ).toBe('FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU,-1FR;OPENS=10:00;CLOSES=12:00;VALID_FROM=2026-01-01;VALID_TO=2026-12-31;PLACE=2;NOTE=Husk madpakke; og kaffe til alle');
    // A place the activity is not held at (no activity_places row) gets no PLACE.
    expect(scheduleLine(schedule({ placeId: 'elsewhere' }), ['p1'])).not.toContain('PLACE');
  });
});
