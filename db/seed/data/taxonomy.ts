/**
 * The directory's two vocabularies in Danish and English: who an activity is for (target groups,
 * målgrupper) and what it is about (categories). Slugs are stable keys for URLs and filters.
 */
export const TARGET_GROUPS = [
  { slug: 'aeldre', nameDa: 'Ældre', nameEn: 'Older people' },
  { slug: 'unge', nameDa: 'Unge', nameEn: 'Young people' },
  { slug: 'boern-og-familier', nameDa: 'Børn og familier', nameEn: 'Children and families' },
  { slug: 'paaroerende', nameDa: 'Pårørende', nameEn: 'Relatives and carers' },
  { slug: 'hjemloese', nameDa: 'Hjemløse', nameEn: 'Homeless people' },
  { slug: 'flygtninge-og-indvandrere', nameDa: 'Flygtninge og indvandrere', nameEn: 'Refugees and immigrants' },
  { slug: 'psykisk-saarbare', nameDa: 'Psykisk sårbare', nameEn: 'People with mental health difficulties' },
  { slug: 'ensomme', nameDa: 'Ensomme', nameEn: 'Lonely people' },
  { slug: 'mennesker-med-handicap', nameDa: 'Mennesker med handicap', nameEn: 'People with disabilities' },
  { slug: 'groenlaendere', nameDa: 'Grønlændere', nameEn: 'Greenlanders' },
  { slug: 'patienter', nameDa: 'Patienter', nameEn: 'Patients' },
  { slug: 'gravide-og-nybagte-foraeldre', nameDa: 'Gravide og nybagte forældre', nameEn: 'Pregnant women and new parents' },
  { slug: 'tidligere-anbragte', nameDa: 'Anbragte og tidligere anbragte', nameEn: 'People who are or were in care' },
  { slug: 'alle', nameDa: 'Alle', nameEn: 'Everyone' },
] as const;

/** Categories: what kind of help or activity it is. */
export const CATEGORIES = [
  { slug: 'samvaer-og-netvaerk', nameDa: 'Samvær og netværk', nameEn: 'Company and networks' },
  { slug: 'besoeg-og-ledsagelse', nameDa: 'Besøg og ledsagelse', nameEn: 'Visiting and escort' },
  { slug: 'praktisk-hjaelp', nameDa: 'Praktisk hjælp', nameEn: 'Practical help' },
  { slug: 'motion-og-bevaegelse', nameDa: 'Motion og bevægelse', nameEn: 'Exercise' },
  { slug: 'raadgivning-og-samtale', nameDa: 'Rådgivning og samtale', nameEn: 'Advice and talks' },
  { slug: 'sorg-og-krise', nameDa: 'Sorg og krise', nameEn: 'Grief and crisis' },
  { slug: 'lektiehjaelp-og-laering', nameDa: 'Lektiehjælp og læring', nameEn: 'Homework and learning' },
  { slug: 'sprog-og-integration', nameDa: 'Sprog og integration', nameEn: 'Language and integration' },
  { slug: 'sundhed-og-patientstoette', nameDa: 'Sundhed og patientstøtte', nameEn: 'Health and patient support' },
  { slug: 'kultur-og-fritid', nameDa: 'Kultur og fritid', nameEn: 'Culture and leisure' },
  { slug: 'mad-og-maaltider', nameDa: 'Mad og måltider', nameEn: 'Food and meals' },
  { slug: 'natur-og-miljoe', nameDa: 'Natur og miljø', nameEn: 'Nature and environment' },
  { slug: 'job-og-uddannelse', nameDa: 'Job og uddannelse', nameEn: 'Work and education' },
  { slug: 'it-og-digital-hjaelp', nameDa: 'IT og digital hjælp', nameEn: 'Computers and digital help' },
] as const;

/** Slug of a target group. */
export type TargetGroupSlug = (typeof TARGET_GROUPS)[number]['slug'];
/** Slug of a category. */
export type CategorySlug = (typeof CATEGORIES)[number]['slug'];
