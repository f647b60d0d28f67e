import type { activityDoc } from './activities';
import type { sessionDoc } from './sessions';

/** Sample rows as the document queries return them, for the unit tests. */

type ActivityRow = Parameters<typeof activityDoc>[0];

/** A published activity row as the document query returns it. */
export function activityRow(over: Partial<ActivityRow> = {}): ActivityRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    slug: 'besoegsvenner-i-valby',
    name: 'Besøgsvenner i Valby',
    summary: 'En frivillig besøgsven kommer hjem til dig.',
    summary_en: 'A volunteer visits you at home.',
    description: 'Vi matcher dig med en besøgsven.',
    kind: 'offer',
    is_free: true,
    languages: ['da', 'en'],
    last_verified_at: '2025-03-01 10:00:00+00',
    stale: false,
    association_name: 'Ældre Sagen Valby',
    association_slug: 'aeldre-sagen-valby',
    administration: 'sof',
    administration_name: 'Socialforvaltningen',
    administration_name_en: 'Social Services',
    owner_district: 'valby',
    owner_district_name: 'Valby',
    terms: [
      { taxonomy: 'category', slug: 'samvaer-og-netvaerk', da: 'Samvær og netværk', en: 'Company and networks' },
      { taxonomy: 'target_group', slug: 'ensomme', da: 'Ensomme', en: 'Lonely people' },
    ],
    places: [
      { lat: 55.66, lng: 12.51, wheelchair: false, district: 'vesterbro', districtName: 'Vesterbro' },
      { lat: 55.67, lng: 12.49, wheelchair: true, district: 'valby', districtName: 'Valby' },
    ],
    weekdays: ['TH', 'MO'],
    ...over,
  };
}

type SessionRow = Parameters<typeof sessionDoc>[0];

/** A published advisory session row as the document query returns it: one date of a monthly series. */
export function sessionRow(over: Partial<SessionRow> = {}): SessionRow {
  return {
    id: '00000000-0000-4000-8000-000000000011',
    slug: 'raadgivning-for-paaroerende-2026-12-01',
    series_key: '00000000-0000-4000-8000-000000000010',
    topic: 'Rådgivning for pårørende',
    topic_en: 'Advice for relatives',
    description: 'Socialforvaltningen og foreningerne svarer på dine spørgsmål som pårørende.',
    description_en: null,
    // Winter time: 15.00 UTC is 16.00 in Copenhagen.
    starts_at: '2026-12-01 15:00:00+00',
    ends_at: '2026-12-01 17:00:00+00',
    audience: 'citizens',
    languages: ['da'],
    place_name: 'Valby Kulturhus',
    online: true,
    latitude: 55.6612,
    longitude: 12.5034,
    administration: 'socialforvaltningen',
    administration_name: 'Socialforvaltningen',
    administration_name_en: 'Social Services Administration',
    district: 'valby',
    district_name: 'Valby',
    hosts: [
      { kind: 'administration', slug: 'socialforvaltningen', da: 'Socialforvaltningen', en: 'Social Services Administration' },
      { kind: 'administration', slug: 'sundheds-og-omsorgsforvaltningen', da: 'Sundheds- og Omsorgsforvaltningen', en: 'Health and Care Administration' },
      { kind: 'association', slug: 'valby-besoegstjeneste', da: 'Valby Besøgstjeneste', en: 'Valby Besøgstjeneste' },
    ],
    terms: [
      { taxonomy: 'category', slug: 'raadgivning-og-samtale', da: 'Rådgivning og samtale', en: 'Advice and talks' },
      { taxonomy: 'target_group', slug: 'paaroerende', da: 'Pårørende', en: 'Relatives' },
    ],
    ...over,
  };
}
