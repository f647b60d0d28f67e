import { describe, expect, it } from 'vitest';
import { reminderMail } from './reminder-mail';

const listing = (name: string, stage: 11 | 12) => ({
  name,
  anchor: new Date('2025-11-20T10:00:00Z'),
  neverConfirmed: false,
  confirmUrl: `https://indgang.example.dk/bekraeft/${name.length}`,
  stage,
});

describe('the reminder mail', () => {
  it('lists every due listing with its own confirm link, and the way to correct them', () => {
    const mail = reminderMail({
      associationName: 'Strikkeklubben',
      listings: [listing('Strikkecafé', 11), listing('Strik for begyndere', 11)],
      dashboardUrl: 'https://indgang.example.dk/forening',
      to: 'formand@example.dk',
    });
    expect(mail.subject).toBe('Er jeres oplysninger på Indgang stadig rigtige?');
    expect(mail.body).toContain('- Strikkecafé (sidst bekræftet 20. november 2025)\n  https://indgang.example.dk/bekraeft/11');
    expect(mail.body).toContain('- Strik for begyndere (sidst bekræftet 20. november 2025)\n  https://indgang.example.dk/bekraeft/19');
    expect(mail.body).toContain('https://indgang.example.dk/forening');
    expect(mail.purpose).toBe('verification_reminder_11');
  });

  it('says it is the last reminder once a listing is a year old', () => {
    const mail = reminderMail({ associationName: 'A', listings: [listing('B', 12)], dashboardUrl: 'x', to: 'y@example.dk' });
    expect(mail.subject).toMatch(/^Sidste påmindelse/);
    expect(mail.purpose).toBe('verification_reminder_12');
  });
});
