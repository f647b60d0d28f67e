/** A small, known report for the unit tests of the model, the CSV and the PDF (not used by the app). */
import type { ReportData } from './model';

const sof = { da: 'Socialforvaltningen', en: 'Social Services Administration' };
const suf = { da: 'Sundheds- og Omsorgsforvaltningen', en: 'Health and Care Administration' };

export const reportData: ReportData = {
  listings: {
    byAdministration: [
      { key: 'sof', label: sof, associations: 3, activities: 5 },
      { key: 'suf', label: suf, associations: 1, activities: 2 },
    ],
    byDistrict: [
      { key: 'valby', label: { da: 'Valby', en: 'Valby' }, associations: 2, activities: 4 },
      { key: 'city-wide', label: { da: 'Hele kommunen', en: 'Whole municipality' }, associations: 2, activities: 3 },
    ],
    byTargetGroup: [
      { key: 'aeldre', label: { da: 'Ældre', en: 'Older people' }, count: 4 },
      { key: 'unge', label: { da: 'Unge', en: 'Young people' }, count: 0 },
    ],
    byKind: [
      { key: 'offer', label: { da: 'Tilbud til borgere', en: 'Activities for citizens' }, count: 6 },
      { key: 'volunteer_role', label: { da: 'Frivilligjob', en: 'Volunteer roles' }, count: 1 },
    ],
    totals: { associations: 4, activities: 7 },
  },
  grants: {
    byAdministration: [{ key: 'sof', label: sof, count: 2, amountOre: 1_750_050 }],
    grants: [
      { id: 'g1', associationId: 'a1', associationName: 'Valby Besøgstjeneste', administrationId: 'sof', administration: sof, purpose: 'Besøgsvenner; kaffe', amountOre: 1_250_000 },
      { id: 'g2', associationId: 'a2', associationName: 'Natlinjen', administrationId: 'sof', administration: sof, purpose: 'Samtaler om natten', amountOre: 500_050 },
    ],
    total: { count: 2, amountOre: 1_750_050, associations: 2 },
  },
  referrals: {
    total: 10,
    flows: {
      senders: [
        { key: 'adm:sof', label: sof },
        { key: 'citizen', label: { da: 'Borgeren selv', en: 'The citizen' } },
      ],
      receivers: [
        { key: 'adm:sof', label: sof },
        { key: 'adm:suf', label: suf },
      ],
      cells: [
        { from: 'adm:sof', to: 'adm:suf', count: 6 },
        { from: 'citizen', to: 'adm:sof', count: 3 },
        { from: 'citizen', to: 'adm:suf', count: 1 },
      ],
      total: 10,
    },
    forwards: { senders: [], receivers: [], cells: [], total: 0 },
    answered: 9,
    accepted: 6,
    acceptedShare: 6 / 9,
    medianDaysToFirstResponse: 1.25,
    medianDaysToOutcome: null,
    overdue: 1,
    overdueByReceiver: [{ key: 'suf', label: suf, count: 1 }],
  },
  sessions: {
    byAdministration: [
      { key: 'sof', label: sof, sessions: 3, held: 2, seats: 30, confirmed: 12, waiting: 2, attendanceRecorded: 8, attended: 6, attendanceRate: 0.75 },
    ],
    total: { sessions: 3, held: 2, seats: 30, confirmed: 12, waiting: 2, attendanceRecorded: 8, attended: 6, attendanceRate: 0.75 },
  },
  stale: {
    byAdministration: [{ key: 'suf', label: suf, associations: 0, activities: 1 }],
    listings: [
      {
        kind: 'activity',
        id: 'x1',
        slug: 'sorggruppe',
        name: 'Sorggruppe',
        associationName: 'Amager Sorg',
        administrationId: 'suf',
        administration: suf,
        staleSince: '2026-01-31T23:30:00Z',
        lastVerifiedAt: null,
      },
    ],
    totals: { associations: 0, activities: 1 },
  },
};
