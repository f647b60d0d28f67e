import { describe, expect, it } from 'vitest';
import { describeSchedule } from './describe';
import { rule } from './test-rules';

describe('describeSchedule', () => {
  it('says a weekly time in plain Danish and English', () => {
    expect(describeSchedule(rule('TU', '10:00', '12:00'), 'da')).toBe('Hver tirsdag kl. 10.00–12.00');
    expect(describeSchedule(rule('TU', '10:00', '12:00'), 'en')).toBe('Every Tuesday, 10:00–12:00');
  });

  it('names several days of the week', () => {
    expect(describeSchedule(rule('MO,TH', '09:30', '11:30'), 'da')).toBe('Mandag og torsdag kl. 9.30–11.30');
    expect(describeSchedule(rule('MO,WE,FR', '09:00', '11:00'), 'da')).toBe('Mandag, onsdag og fredag kl. 9.00–11.00');
    expect(describeSchedule(rule('MO,TH', '09:30', '11:30'), 'en')).toBe('Monday and Thursday, 09:30–11:30');
  });

  it('says "every day" and "Monday to Friday" instead of listing the days', () => {
    expect(describeSchedule(rule('MO,TU,WE,TH,FR,SA,SU', '20:00', '09:00'), 'da')).toBe('Hver dag kl. 20.00–9.00');
    expect(describeSchedule(rule('MO,TU,WE,TH,FR,SA,SU', '20:00', '09:00'), 'en')).toBe('Every day, 20:00–09:00');
    expect(describeSchedule(rule('FR,MO,TU,WE,TH', '08:00', '16:00'), 'da')).toBe('Mandag til fredag kl. 8.00–16.00');
  });

  it('says every other week', () => {
    expect(describeSchedule(rule('TH', '10:00', '13:00', { interval: 2 }), 'da')).toBe('Hver anden torsdag kl. 10.00–13.00');
    expect(describeSchedule(rule('TH', '10:00', '13:00', { interval: 2 }), 'en')).toBe('Every other Thursday, 10:00–13:00');
    expect(describeSchedule(rule('MO,TH', '10:00', '12:00', { interval: 3 }), 'da')).toBe(
      'Mandag og torsdag hver tredje uge kl. 10.00–12.00',
    );
  });

  it('says which weekday of the month', () => {
    expect(describeSchedule(rule('1TU', '17:00', '19:00'), 'da')).toBe('Første tirsdag i måneden kl. 17.00–19.00');
    expect(describeSchedule(rule('-1FR', '14:00', '16:00'), 'da')).toBe('Sidste fredag i måneden kl. 14.00–16.00');
    expect(describeSchedule(rule('1TU,3TU', '17:00', '19:00'), 'da')).toBe('Første og tredje tirsdag i måneden kl. 17.00–19.00');
    expect(describeSchedule(rule('1TU,-1FR', '17:00', '19:00'), 'en')).toBe(
      'First Tuesday and last Friday of the month, 17:00–19:00',
    );
    expect(describeSchedule(rule('2WE', '14:00', '16:00', { interval: 2 }), 'da')).toBe(
      'Anden onsdag hver anden måned kl. 14.00–16.00',
    );
  });

  it('adds when the schedule applies', () => {
    const spring = rule('TU', '10:00', '12:00', { validFrom: '2026-03-01', validTo: '2026-06-30' });
    expect(describeSchedule(spring, 'da')).toBe('Hver tirsdag kl. 10.00–12.00, fra 1. marts 2026 til 30. juni 2026');
    expect(describeSchedule(spring, 'en')).toBe('Every Tuesday, 10:00–12:00, from 1 March 2026 until 30 June 2026');
    expect(describeSchedule(rule('TU', '10:00', '12:00', { validTo: '2026-06-30' }), 'da')).toBe(
      'Hver tirsdag kl. 10.00–12.00, til 30. juni 2026',
    );
  });

  it('ends with the note', () => {
    expect(describeSchedule(rule('MO,WE', '16:00', '18:00', { note: 'Telefontid. Turene aftaler du med din ledsager.' }), 'da')).toBe(
      'Mandag og onsdag kl. 16.00–18.00. Telefontid. Turene aftaler du med din ledsager.',
    );
  });
});
