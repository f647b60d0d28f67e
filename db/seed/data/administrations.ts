/**
 * The seven administrations (forvaltninger) of a municipality shaped on Copenhagen. Phone numbers
 * and e-mail addresses are invented: the `.example.dk` domains can never reach a real inbox.
 */
export const ADMINISTRATIONS = [
  {
    key: 'sof',
    abbreviation: 'SOF',
    slug: 'socialforvaltningen',
    nameDa: 'Socialforvaltningen',
    nameEn: 'Social Services Administration',
    responseTargetDays: 5,
  },
  {
    key: 'suf',
    abbreviation: 'SUF',
    slug: 'sundheds-og-omsorgsforvaltningen',
    nameDa: 'Sundheds- og Omsorgsforvaltningen',
    nameEn: 'Health and Care Administration',
    // Health referrals often follow a discharge from hospital, so they are answered faster.
    responseTargetDays: 3,
  },
  {
    key: 'kff',
    abbreviation: 'KFF',
    slug: 'kultur-og-fritidsforvaltningen',
    nameDa: 'Kultur- og Fritidsforvaltningen',
    nameEn: 'Culture and Leisure Administration',
    responseTargetDays: 5,
  },
  {
    key: 'bif',
    abbreviation: 'BIF',
    slug: 'beskaeftigelses-og-integrationsforvaltningen',
    nameDa: 'Beskæftigelses- og Integrationsforvaltningen',
    nameEn: 'Employment and Integration Administration',
    responseTargetDays: 5,
  },
  {
    key: 'buf',
    abbreviation: 'BUF',
    slug: 'boerne-og-ungdomsforvaltningen',
    nameDa: 'Børne- og Ungdomsforvaltningen',
    nameEn: 'Children and Youth Administration',
    responseTargetDays: 5,
  },
  {
    key: 'tmf',
    abbreviation: 'TMF',
    slug: 'teknik-og-miljoeforvaltningen',
    nameDa: 'Teknik- og Miljøforvaltningen',
    nameEn: 'Technical and Environmental Administration',
    responseTargetDays: 10,
  },
  {
    key: 'oekf',
    abbreviation: 'ØKF',
    slug: 'oekonomiforvaltningen',
    nameDa: 'Økonomiforvaltningen',
    nameEn: 'Finance Administration',
    responseTargetDays: 5,
  },
] as const;

/** Short ASCII key of an administration, used in e-mail addresses and in the catalogue. */
export type AdministrationKey = (typeof ADMINISTRATIONS)[number]['key'];

/** The invented generic volunteering inbox of an administration. */
export function administrationEmail(key: AdministrationKey): string {
  return `frivillig@${key}.example.dk`;
}

/** The invented switchboard number of an administration: +45 30 00 00 0N. */
export function administrationPhone(index: number): string {
  return `+45 30 00 00 ${String(index + 1).padStart(2, '0')}`;
}
