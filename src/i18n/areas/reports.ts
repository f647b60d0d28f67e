/**
 * Texts of the reports: the dashboard (/rapporter), its charts and tables, the CSV downloads and
 * the annual § 18 report (/rapporter/aarsrapport/[year], page and PDF). Joined into the catalogue
 * in ../messages.ts.
 */
import type { EnglishOf, Message } from '../messages';

export const reportsDa = {
  'reports.title': 'Rapporter',
  'reports.lead':
    'Tal om samarbejdet med de frivillige sociale organisationer: foreninger og aktiviteter, § 18-tilskud, henvisninger mellem forvaltningerne og rådgivningsmøder. Brug dem i den årlige § 18-redegørelse.',

  // The filter form (GET).
  'reports.filter.heading': 'Vælg år og forvaltning',
  'reports.filter.year': 'År',
  'reports.filter.administration': 'Forvaltning',
  'reports.filter.all': 'Alle forvaltninger',
  'reports.filter.submit': 'Vis tallene',
  'reports.filter.errorHeading': 'Vi kunne ikke vise tallene',
  'reports.filter.error.year': 'Vælg et år fra listen.',
  'reports.filter.error.administration': 'Vælg en forvaltning fra listen.',
  'reports.filter.showing': 'Tallene gælder {year} og {administration}.',
  'reports.filter.showingAll': 'alle forvaltninger',

  'reports.link.nav': 'Rapporter',
  'reports.link.grants': 'Registrér og ret § 18-tilskud',
  'reports.link.annual': 'Årsrapport for {year} (§ 18-redegørelse)',
  'reports.contents': 'Indhold',
  'reports.csv': 'Hent som CSV',
  'reports.empty': 'Der er ingen tal at vise.',
  'reports.total': 'I alt',
  'reports.none': '–',
  'reports.never': 'Aldrig',

  // Charts: the SVG's summary, and the words a screen reader hears.
  'reports.chart.summary': {
    one: '{title}. Søjlediagram med {count} søjle. Størst er {top} ({value}). Tallene står i tabellen under diagrammet.',
    other: '{title}. Søjlediagram med {count} søjler. Størst er {top} ({value}). Tallene står i tabellen under diagrammet.',
  },
  'reports.chart.flowSummary': {
    one: '{title}. Strømdiagram over {count} henvisning. Flest gik fra {from} til {to} ({value}). Alle tal står i tabellen under diagrammet.',
    other:
      '{title}. Strømdiagram over {count} henvisninger. Flest gik fra {from} til {to} ({value}). Alle tal står i tabellen under diagrammet.',
  },
  'reports.chart.kroner': '{amount} kr.',

  // Section: associations and activities.
  'reports.listings.heading': 'Foreninger og aktiviteter',
  'reports.listings.note':
    'Offentliggjorte foreninger og aktiviteter, som de står i dag. Året gælder ikke for dem. Med en forvaltning valgt: dem, forvaltningen har ansvaret for.',
  'reports.listings.byAdministration': 'Foreninger og aktiviteter pr. forvaltning',
  'reports.listings.byAdministrationChart': 'Aktiviteter pr. forvaltning',
  'reports.listings.byDistrict': 'Foreninger og aktiviteter pr. bydel',
  'reports.listings.byDistrictChart': 'Aktiviteter pr. bydel',
  'reports.listings.byDistrictNote':
    'En aktivitet, der foregår i flere bydele, tælles i dem alle. ”Hele kommunen” er dem uden et sted i en bydel.',
  'reports.listings.byTargetGroup': 'Aktiviteter pr. målgruppe',
  'reports.listings.byTargetGroupNote': 'En aktivitet kan have flere målgrupper eller ingen.',
  'reports.listings.byKind': 'Aktiviteter pr. type',
  'reports.column.administration': 'Forvaltning',
  'reports.column.district': 'Bydel',
  'reports.column.targetGroup': 'Målgruppe',
  'reports.column.kind': 'Type',
  'reports.column.associations': 'Foreninger',
  'reports.column.activities': 'Aktiviteter',

  // Section: § 18 grants.
  'reports.grants.heading': '§ 18-tilskud',
  'reports.grants.note': 'Tilskud efter servicelovens § 18, som forvaltningerne har registreret for året.',
  'reports.grants.byAdministration': '§ 18-tilskud pr. forvaltning',
  'reports.grants.list': 'Alle § 18-tilskud',
  'reports.grants.totalLine': {
    one: 'I alt {amount} til {count} forening.',
    other: 'I alt {amount} til {count} foreninger.',
  },
  'reports.column.grants': 'Tilskud',
  'reports.column.amount': 'Beløb',
  'reports.column.association': 'Forening',
  'reports.column.purpose': 'Formål',

  // Section: referrals.
  'reports.referrals.heading': 'Henvisninger',
  'reports.referrals.note':
    'Henvisninger oprettet i året. Med en forvaltning valgt: dem, forvaltningen har sendt eller modtaget. Tallene bygger kun på status og tidspunkter, ingen personoplysninger.',
  'reports.referrals.keyFigures': 'Nøgletal for henvisninger',
  'reports.referrals.flows': 'Hvem henviser til hvem',
  'reports.referrals.flowsNote': 'Rækkerne er afsendere, kolonnerne den forvaltning, der først fik henvisningen. Mørkere felter har flere henvisninger.',
  'reports.referrals.forwards': 'Videresendte henvisninger',
  'reports.referrals.forwardsNote': 'Rækkerne er den forvaltning, der sendte videre, kolonnerne den, der fik henvisningen.',
  'reports.referrals.overdue': 'Henvisninger over svarfristen lige nu',
  'reports.referrals.fromTo': 'Fra \\ til',
  'reports.figure.figure': 'Nøgletal',
  'reports.figure.value': 'Værdi',
  'reports.figure.total': 'Henvisninger i alt',
  'reports.figure.answered': 'Besvaret (taget imod, afvist eller sendt videre)',
  'reports.figure.accepted': 'Taget imod',
  'reports.figure.acceptedShare': 'Andel taget imod af de besvarede',
  'reports.figure.daysToFirstResponse': 'Dage til første svar (median)',
  'reports.figure.daysToOutcome': 'Dage til udfald (median)',
  'reports.figure.overdue': 'Over svarfristen lige nu',
  'reports.column.overdue': 'Over svarfristen',

  // Section: advisory sessions.
  'reports.sessions.heading': 'Rådgivningsmøder',
  'reports.sessions.note': 'Fælles rådgivningsmøder i året, der ikke blev aflyst, pr. forvaltning, der holdt mødet.',
  'reports.sessions.table': 'Rådgivningsmøder pr. forvaltning',
  'reports.sessions.chart': 'Bookinger pr. forvaltning',
  'reports.column.sessions': 'Møder',
  'reports.column.held': 'Holdt',
  'reports.column.seats': 'Pladser',
  'reports.column.confirmed': 'Bookinger',
  'reports.column.waiting': 'På venteliste',
  'reports.column.attendanceRecorded': 'Fremmøde registreret',
  'reports.column.attended': 'Mødte op',
  'reports.column.attendanceRate': 'Fremmøde',

  // Section: stale listings.
  'reports.stale.heading': 'Forældede opslag',
  'reports.stale.note':
    'Offentliggjorte foreninger og aktiviteter, som ikke er bekræftet i over 15 måneder, lige nu. De vises med en advarsel.',
  'reports.stale.byAdministration': 'Forældede opslag pr. forvaltning',
  'reports.stale.list': 'Alle forældede opslag',
  'reports.column.listing': 'Opslag',
  'reports.column.staleSince': 'Forældet siden',
  'reports.column.lastVerified': 'Sidst bekræftet',
  'reports.stale.kind.association': 'Forening',
  'reports.stale.kind.activity': 'Aktivitet',

  // The annual report.
  'reports.annual.title': '§ 18-redegørelse {year}',
  'reports.annual.titleFor': '§ 18-redegørelse {year}: {administration}',
  'reports.annual.pdf': 'Hent som PDF',
  'reports.annual.print': 'Udskriv',
  'reports.annual.printHint': 'Du kan også udskrive siden fra browserens menu.',
  'reports.annual.back': 'Tilbage til rapporterne',
  'reports.annual.introHeading': 'Om samarbejdet i {year}',
  'reports.annual.intro.purpose':
    'Demo Kommune samarbejder med frivillige sociale foreninger om at hjælpe borgere, der er ensomme, syge, i krise eller nye i Danmark. Efter servicelovens § 18 støtter kommunen det frivillige sociale arbejde med penge og med samarbejde. Her kan du se, hvad samarbejdet blev til i {year}.',
  'reports.annual.intro.listings': {
    one: 'Indgang viser i dag {associations} foreninger med {count} aktivitet eller frivilligjob, som borgerne kan finde ét sted.',
    other: 'Indgang viser i dag {associations} foreninger med {count} aktiviteter og frivilligjob, som borgerne kan finde ét sted.',
  },
  'reports.annual.intro.grants': {
    one: 'I {year} fik {count} forening i alt {amount} i § 18-tilskud.',
    other: 'I {year} fik {count} foreninger i alt {amount} i § 18-tilskud.',
  },
  'reports.annual.intro.noGrants': 'Der er ikke registreret § 18-tilskud for {year}.',
  'reports.annual.intro.referrals': {
    one: 'Kommunens medarbejdere og borgerne selv sendte {count} henvisning mellem forvaltningerne og til foreningerne.',
    other: 'Kommunens medarbejdere og borgerne selv sendte {count} henvisninger mellem forvaltningerne og til foreningerne.',
  },
  'reports.annual.intro.sessions': {
    one: 'Forvaltningerne og foreningerne holdt {count} fælles rådgivningsmøde med {bookings} bookinger.',
    other: 'Forvaltningerne og foreningerne holdt {count} fælles rådgivningsmøder med {bookings} bookinger.',
  },
  'reports.annual.intro.responsibility':
    'Hver forvaltning har sit eget ansvar. Socialforvaltningen står for den socialfaglige vurdering af § 18-aktiviteterne og for beslutningen om § 18-tilskud. Indgang viser borgerne vej mellem forvaltningerne og foreningerne.',
  'reports.annual.intro.method':
    'Tallene er hentet fra Indgang {date}. Henvisninger og rådgivningsmøder tælles i det år, de blev oprettet eller holdt. Foreninger og aktiviteter tælles, som de står i dag. Tallene indeholder ingen personoplysninger.',
  'reports.annual.forAdministration': 'Redegørelsen gælder {administration}.',
  'reports.annual.page': 'Side {page} af {pages}',
} as const satisfies Record<string, Message>;

export const reportsEn: EnglishOf<typeof reportsDa> = {
  'reports.title': 'Reports',
  'reports.lead':
    'Figures about the cooperation with voluntary social organisations: associations and activities, § 18 grants, referrals between administrations and advisory sessions. Use them in the yearly § 18 report.',

  'reports.filter.heading': 'Choose year and administration',
  'reports.filter.year': 'Year',
  'reports.filter.administration': 'Administration',
  'reports.filter.all': 'All administrations',
  'reports.filter.submit': 'Show the figures',
  'reports.filter.errorHeading': 'We could not show the figures',
  'reports.filter.error.year': 'Choose a year from the list.',
  'reports.filter.error.administration': 'Choose an administration from the list.',
  'reports.filter.showing': 'The figures are for {year} and {administration}.',
  'reports.filter.showingAll': 'all administrations',

  'reports.link.nav': 'Reports',
  'reports.link.grants': 'Record and correct § 18 grants',
  'reports.link.annual': 'Annual report for {year} (§ 18 report)',
  'reports.contents': 'Contents',
  'reports.csv': 'Download as CSV',
  'reports.empty': 'There are no figures to show.',
  'reports.total': 'Total',
  'reports.none': '–',
  'reports.never': 'Never',

  'reports.chart.summary': {
    one: '{title}. Bar chart with {count} bar. The largest is {top} ({value}). The figures are in the table below the chart.',
    other: '{title}. Bar chart with {count} bars. The largest is {top} ({value}). The figures are in the table below the chart.',
  },
  'reports.chart.flowSummary': {
    one: '{title}. Flow chart of {count} referral. Most went from {from} to {to} ({value}). All figures are in the table below the chart.',
    other: '{title}. Flow chart of {count} referrals. Most went from {from} to {to} ({value}). All figures are in the table below the chart.',
  },
  'reports.chart.kroner': 'DKK {amount}',

  'reports.listings.heading': 'Associations and activities',
  'reports.listings.note':
    'Published associations and activities as they stand today. The year does not apply to them. With an administration chosen: those it is responsible for.',
  'reports.listings.byAdministration': 'Associations and activities by administration',
  'reports.listings.byAdministrationChart': 'Activities by administration',
  'reports.listings.byDistrict': 'Associations and activities by district',
  'reports.listings.byDistrictChart': 'Activities by district',
  'reports.listings.byDistrictNote':
    'An activity held in several districts counts in each of them. “Whole municipality” are those without a place in a district.',
  'reports.listings.byTargetGroup': 'Activities by target group',
  'reports.listings.byTargetGroupNote': 'An activity may have several target groups, or none.',
  'reports.listings.byKind': 'Activities by kind',
  'reports.column.administration': 'Administration',
  'reports.column.district': 'District',
  'reports.column.targetGroup': 'Target group',
  'reports.column.kind': 'Kind',
  'reports.column.associations': 'Associations',
  'reports.column.activities': 'Activities',

  'reports.grants.heading': '§ 18 grants',
  'reports.grants.note': 'Grants under section 18 of the Social Services Act, as the administrations recorded them for the year.',
  'reports.grants.byAdministration': '§ 18 grants by administration',
  'reports.grants.list': 'All § 18 grants',
  'reports.grants.totalLine': {
    one: 'In total {amount} to {count} association.',
    other: 'In total {amount} to {count} associations.',
  },
  'reports.column.grants': 'Grants',
  'reports.column.amount': 'Amount',
  'reports.column.association': 'Association',
  'reports.column.purpose': 'Purpose',

  'reports.referrals.heading': 'Referrals',
  'reports.referrals.note':
    'Referrals created in the year. With an administration chosen: those it sent or received. The figures use statuses and times only, no personal data.',
  'reports.referrals.keyFigures': 'Key figures for referrals',
  'reports.referrals.flows': 'Who refers to whom',
  'reports.referrals.flowsNote': 'Rows are senders, columns the administration that received the referral first. Darker cells have more referrals.',
  'reports.referrals.forwards': 'Forwarded referrals',
  'reports.referrals.forwardsNote': 'Rows are the administration that forwarded, columns the one that received the referral.',
  'reports.referrals.overdue': 'Referrals past their answer deadline right now',
  'reports.referrals.fromTo': 'From \\ to',
  'reports.figure.figure': 'Key figure',
  'reports.figure.value': 'Value',
  'reports.figure.total': 'Referrals in total',
  'reports.figure.answered': 'Answered (accepted, declined or forwarded)',
  'reports.figure.accepted': 'Accepted',
  'reports.figure.acceptedShare': 'Share accepted of those answered',
  'reports.figure.daysToFirstResponse': 'Days to first answer (median)',
  'reports.figure.daysToOutcome': 'Days to outcome (median)',
  'reports.figure.overdue': 'Past the deadline right now',
  'reports.column.overdue': 'Past the deadline',

  'reports.sessions.heading': 'Advisory sessions',
  'reports.sessions.note': 'Joint advisory sessions in the year that were not cancelled, by the administration that held them.',
  'reports.sessions.table': 'Advisory sessions by administration',
  'reports.sessions.chart': 'Bookings by administration',
  'reports.column.sessions': 'Sessions',
  'reports.column.held': 'Held',
  'reports.column.seats': 'Seats',
  'reports.column.confirmed': 'Bookings',
  'reports.column.waiting': 'On the waiting list',
  'reports.column.attendanceRecorded': 'Attendance recorded',
  'reports.column.attended': 'Attended',
  'reports.column.attendanceRate': 'Attendance',

  'reports.stale.heading': 'Stale listings',
  'reports.stale.note': 'Published associations and activities not confirmed for more than 15 months, right now. They are shown with a warning.',
  'reports.stale.byAdministration': 'Stale listings by administration',
  'reports.stale.list': 'All stale listings',
  'reports.column.listing': 'Listing',
  'reports.column.staleSince': 'Stale since',
  'reports.column.lastVerified': 'Last confirmed',
  'reports.stale.kind.association': 'Association',
  'reports.stale.kind.activity': 'Activity',

  'reports.annual.title': '§ 18 report {year}',
  'reports.annual.titleFor': '§ 18 report {year}: {administration}',
  'reports.annual.pdf': 'Download as PDF',
  'reports.annual.print': 'Print',
  'reports.annual.printHint': "You can also print the page from your browser's menu.",
  'reports.annual.back': 'Back to the reports',
  'reports.annual.introHeading': 'The cooperation in {year}',
  'reports.annual.intro.purpose':
    'Demo Municipality works with voluntary social associations to help citizens who are lonely, ill, in a crisis or new to Denmark. Under section 18 of the Social Services Act, the municipality supports voluntary social work with money and cooperation. Here you can see what the cooperation came to in {year}.',
  'reports.annual.intro.listings': {
    one: 'Today Indgang shows {associations} associations with {count} activity or volunteer role that citizens find in one place.',
    other: 'Today Indgang shows {associations} associations with {count} activities and volunteer roles that citizens find in one place.',
  },
  'reports.annual.intro.grants': {
    one: 'In {year}, {count} association received {amount} in § 18 grants in total.',
    other: 'In {year}, {count} associations received {amount} in § 18 grants in total.',
  },
  'reports.annual.intro.noGrants': 'No § 18 grants are recorded for {year}.',
  'reports.annual.intro.referrals': {
    one: 'Municipal staff and citizens themselves sent {count} referral between the administrations and to the associations.',
    other: 'Municipal staff and citizens themselves sent {count} referrals between the administrations and to the associations.',
  },
  'reports.annual.intro.sessions': {
    one: 'The administrations and associations held {count} joint advisory session with {bookings} bookings.',
    other: 'The administrations and associations held {count} joint advisory sessions with {bookings} bookings.',
  },
  'reports.annual.intro.responsibility':
    "Each administration keeps its own responsibility. The Social Services Administration makes the professional assessment of § 18 activities and decides on § 18 grants. Indgang shows citizens the way between the administrations and the associations.",
  'reports.annual.intro.method':
    'The figures were taken from Indgang on {date}. Referrals and advisory sessions count in the year they were created or held. Associations and activities count as they stand today. The figures contain no personal data.',
  'reports.annual.forAdministration': 'This report covers {administration}.',
  'reports.annual.page': 'Page {page} of {pages}',
};
