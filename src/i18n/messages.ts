/**
 * Every text of the user interface, in Danish and English. Danish is the source: the English
 * catalogue is typed as the Danish one's shape, so a key missing in English (or left over after
 * a Danish key is removed) is a type error.
 *
 * Values are plain strings with `{name}` placeholders, or `{ one, other }` for texts that
 * depend on a `{count}`. Data in the database (association names, descriptions) is not here.
 * Write plainly: many readers are elderly, newly arrived or in a crisis.
 */

/** A text that depends on a number: chosen with `Intl.PluralRules`. */
export interface Plural {
  readonly one: string;
  readonly other: string;
}
export type Message = string | Plural;

export const da = {
  'site.name': 'Indgang',
  'site.municipality': 'Demo Kommune',
  'site.tagline': 'Frivillighed og henvisning i Demo Kommune',
  'site.description':
    'Find frivillige foreninger og tilbud i Demo Kommune ét sted. Bliv frivillig, eller henvis en borger videre.',
  'site.homeLink': 'Indgang, gå til forsiden',
  'meta.title': '{page} – Indgang, Demo Kommune',

  'skipLink': 'Gå til indhold',

  'nav.label': 'Hovedmenu',
  'nav.home': 'Forside',
  'nav.associations': 'Foreninger',

  'language.label': 'Vælg sprog',
  'language.name.da': 'Dansk',
  'language.name.en': 'English',

  'footer.aboutHeading': 'Om Indgang',
  'footer.about':
    'Indgang er Demo Kommunes fælles indgang til frivillighed. Hver forvaltning har stadig sit eget ansvar. Indgang viser vej mellem dem.',
  'footer.demo': 'Dette er en demo. Kommunen, foreningerne, personerne og kontaktoplysningerne er opdigtede.',
  'footer.linksHeading': 'Genveje',
  /** Shown in the other language's footer, so written in this catalogue's language. */
  'footer.thisPageInLanguage': 'Denne side på dansk',

  'home.title': 'Frivillighed og henvisning',
  'home.heading': 'Find fællesskaber, hjælp og frivilligt arbejde ét sted',
  'home.lead':
    'Her finder du foreninger og tilbud fra hele kommunen. Du behøver ikke vide, hvilken forvaltning de samarbejder med.',
  'home.usesHeading': 'Hvad kan du bruge Indgang til?',
  'home.help.heading': 'Få hjælp eller selskab',
  'home.help.text':
    'Find for eksempel en besøgsven, en sorggruppe, en indkøbstur eller en frivillig at tale med. De fleste tilbud er gratis.',
  'home.volunteer.heading': 'Bliv frivillig',
  'home.volunteer.text': 'Se, hvor der er brug for dig, og hvilken forening du kan kontakte.',
  'home.staff.heading': 'For medarbejdere i kommunen',
  'home.staff.text':
    'Henvis en borger til et tilbud eller til en anden forvaltning, og følg henvisningen, til den er afsluttet.',
  'home.associations.heading': 'For foreninger',
  'home.associations.text':
    'Hold jeres oplysninger, aktiviteter og kontaktpersoner opdaterede, og tag imod de borgere, kommunen henviser til jer.',
  'home.figuresHeading': 'Indgang lige nu',
  'home.figuresNote': 'Tallene tæller kun foreninger og aktiviteter, der er offentliggjort.',
  'home.seeAssociations': 'Se alle foreninger',

  'figures.associations': { one: 'forening', other: 'foreninger' },
  'figures.activities': { one: 'aktivitet og frivilligopgave', other: 'aktiviteter og frivilligopgaver' },
  'figures.administrations': { one: 'forvaltning samarbejder', other: 'forvaltninger samarbejder' },

  'associations.title': 'Foreninger',
  'associations.lead':
    'Her er alle foreninger med en offentlig side på Indgang. De står i alfabetisk rækkefølge.',
  'associations.count': { one: '{count} forening', other: '{count} foreninger' },
  'associations.column.name': 'Forening',
  'associations.column.district': 'Bydel',
  'associations.column.administration': 'Ansvarlig forvaltning',
  'associations.column.activities': 'Aktiviteter',
  'associations.noDistrict': 'Hele kommunen',
  'associations.empty': 'Der er ingen offentliggjorte foreninger endnu.',

  'notFound.title': 'Siden findes ikke',
  'notFound.text':
    'Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller også er siden flyttet.',
  'error.title': 'Der skete en fejl',
  'error.text': 'Siden kan ikke vises lige nu. Det er ikke din skyld. Prøv igen om lidt.',
  'error.home': 'Gå til forsiden',
} as const satisfies Record<string, Message>;

/** The shape every catalogue must have: the Danish keys, with any text as the value. */
export type Messages = { readonly [K in keyof typeof da]: (typeof da)[K] extends string ? string : Plural };
export type MessageKey = keyof Messages;

export const en: Messages = {
  'site.name': 'Indgang',
  'site.municipality': 'Demo Municipality',
  'site.tagline': 'Volunteering and referrals in Demo Municipality',
  'site.description':
    'Find voluntary associations and activities in Demo Municipality in one place. Become a volunteer, or refer a citizen.',
  'site.homeLink': 'Indgang, go to the home page',
  'meta.title': '{page} – Indgang, Demo Municipality',

  'skipLink': 'Skip to content',

  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.associations': 'Associations',

  'language.label': 'Choose language',
  'language.name.da': 'Dansk',
  'language.name.en': 'English',

  'footer.aboutHeading': 'About Indgang',
  'footer.about':
    "Indgang is Demo Municipality's shared entrance to volunteering. Each administration keeps its own responsibility. Indgang shows the way between them.",
  'footer.demo': 'This is a demo. The municipality, associations, people and contact details are invented.',
  'footer.linksHeading': 'Shortcuts',
  'footer.thisPageInLanguage': 'This page in English',

  'home.title': 'Volunteering and referrals',
  'home.heading': 'Find community, help and volunteer work in one place',
  'home.lead':
    'Here you find associations and activities from the whole municipality. You do not need to know which administration they work with.',
  'home.usesHeading': 'What can you use Indgang for?',
  'home.help.heading': 'Get help or company',
  'home.help.text':
    'For example a visiting friend, a grief group, a shopping trip or a volunteer to talk to. Most activities are free.',
  'home.volunteer.heading': 'Become a volunteer',
  'home.volunteer.text': 'See where you are needed and which association you can contact.',
  'home.staff.heading': 'For municipal staff',
  'home.staff.text':
    'Refer a citizen to an activity or to another administration, and follow the referral until it is closed.',
  'home.associations.heading': 'For associations',
  'home.associations.text':
    'Keep your details, activities and contacts up to date, and receive the citizens the municipality refers to you.',
  'home.figuresHeading': 'Indgang right now',
  'home.figuresNote': 'The figures count only published associations and activities.',
  'home.seeAssociations': 'See all associations',

  'figures.associations': { one: 'association', other: 'associations' },
  'figures.activities': { one: 'activity and volunteer role', other: 'activities and volunteer roles' },
  'figures.administrations': { one: 'administration takes part', other: 'administrations take part' },

  'associations.title': 'Associations',
  'associations.lead': 'These are all associations with a public listing on Indgang, in alphabetical order.',
  'associations.count': { one: '{count} association', other: '{count} associations' },
  'associations.column.name': 'Association',
  'associations.column.district': 'District',
  'associations.column.administration': 'Responsible administration',
  'associations.column.activities': 'Activities',
  'associations.noDistrict': 'Whole municipality',
  'associations.empty': 'There are no published associations yet.',

  'notFound.title': 'Page not found',
  'notFound.text':
    'We cannot find the page you are looking for. The address may be mistyped, or the page may have moved.',
  'error.title': 'Something went wrong',
  'error.text': 'The page cannot be shown right now. It is not your fault. Please try again in a little while.',
  'error.home': 'Go to the home page',
};
