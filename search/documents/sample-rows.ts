import type { activityDoc } from './activities';

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
