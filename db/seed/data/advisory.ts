import type { Repeat } from '../../../src/lib/advisory/types';
import type { AdministrationKey } from './administrations';
import type { CategorySlug } from './taxonomy';
import type { DistrictSlug } from './districts';

/**
 * Invented joint advisory sessions (fælles rådgivningsmøder) of the demo municipality, dated from
 * the day the demo is seeded. Places are real streets with invented house numbers, as for the
 * associations' places; links and people are invented and every e-mail is at example.dk.
 */
export interface AdvisorySeriesSpec {
  key: string;
  topic: string;
  topicEn: string;
  description: string;
  descriptionEn: string;
  /** The administration whose coordinator publishes and owns it. */
  owner: AdministrationKey;
  hostAdministrations: AdministrationKey[];
  hostAssociations: string[];
  terms: CategorySlug[];
  place: { name: string; street: string; number: string; district: DistrictSlug } | null;
  onlineUrl: string | null;
  /** Days after the seed day of the first date (the rule may move it to the next day it falls on). */
  startInDays: number;
  startTime: string;
  endTime: string;
  capacity: number;
  waitingList: boolean;
  audience: 'citizens' | 'associations' | 'both';
  languages: string[];
  /** The rule and for how many days after the first date it runs; null: one session. */
  repeat: (Omit<Repeat, 'until'> & { forDays: number }) | null;
  /**
   * A series already held (its dates in the past, ended longer ago than the retention time): each
   * date gets `booked` bookings whose names are erased, `attended` of them marked as come, so the
   * § 18 report has attendance to show.
   */
  held?: { booked: number; attended: number };
  /** Demo bookings of the first session: the last `waiting` of them end up on the waiting list. */
  bookings?: { name: string; email: string | null; phone: string | null; note: string | null }[];
}

export const ADVISORY_SERIES: AdvisorySeriesSpec[] = [
  {
    key: 'ensomhed',
    topic: 'Fælles rådgivning om ensomhed og fællesskab',
    topicEn: 'Joint advice on loneliness and community',
    description:
      'Føler du dig alene, eller kender du en, der gør? Mød Socialforvaltningen, Sundheds- og Omsorgsforvaltningen og Valby Besøgstjeneste på én gang. Vi finder sammen ud af, hvad der kan hjælpe: en besøgsven, en gruppe eller en aktivitet tæt på dig. Der er kaffe på kanden.',
    descriptionEn:
      'Do you feel alone, or do you know someone who does? Meet the Social Services and the Health and Care administrations and Valby Besøgstjeneste in one place. Together we find out what can help. Coffee is served.',
    owner: 'sof',
    hostAdministrations: ['suf'],
    hostAssociations: ['valby-besoegstjeneste'],
    terms: ['samvaer-og-netvaerk', 'raadgivning-og-samtale'],
    place: { name: 'Biblioteket i Valby', street: 'Annexstræde', number: '14', district: 'valby' },
    onlineUrl: null,
    startInDays: 1,
    startTime: '14:00',
    endTime: '16:00',
    capacity: 20,
    waitingList: true,
    audience: 'citizens',
    languages: ['da'],
    repeat: { freq: 'MONTHLY', interval: 1, byday: ['1TU'], forDays: 120 },
  },
  {
    key: 'foreningsdag',
    topic: 'Foreningsdag: samarbejde og § 18-midler',
    topicEn: 'Association day: cooperation and § 18 grants',
    description:
      'For foreninger, der vil samarbejde med kommunen. Kultur- og Fritidsforvaltningen og Socialforvaltningen fortæller om § 18-midler, ansøgning og samarbejdsaftaler, og svarer på jeres spørgsmål.',
    descriptionEn:
      'For associations that want to work with the municipality. The Culture and Leisure and the Social Services administrations explain § 18 grants, applications and cooperation agreements, and answer your questions.',
    owner: 'kff',
    hostAdministrations: ['sof'],
    hostAssociations: [],
    terms: ['raadgivning-og-samtale', 'kultur-og-fritid'],
    place: { name: 'Foreningshuset på Nørrebro', street: 'Blågårdsgade', number: '31', district: 'noerrebro' },
    onlineUrl: null,
    startInDays: 1,
    startTime: '17:00',
    endTime: '19:00',
    capacity: 40,
    waitingList: true,
    audience: 'associations',
    languages: ['da'],
    repeat: { freq: 'MONTHLY', interval: 1, byday: ['2WE'], forDays: 120 },
  },
  {
    key: 'digital-hjaelp',
    topic: 'Digital hjælp: MitID, e-Boks og digital post',
    topicEn: 'Digital help: MitID, e-Boks and digital post',
    description:
      'Få hjælp til MitID, e-Boks og digital post fra kommunen og frivillige fra Vesterbro Borgerhjælp. Tag din telefon eller computer med. Vi taler dansk, engelsk og arabisk.',
    descriptionEn:
      'Get help with MitID, e-Boks and digital post from the municipality and volunteers from Vesterbro Borgerhjælp. Bring your phone or computer. We speak Danish, English and Arabic.',
    owner: 'bif',
    hostAdministrations: [],
    hostAssociations: ['vesterbro-borgerhjaelp'],
    terms: ['it-og-digital-hjaelp', 'sprog-og-integration'],
    place: { name: 'Medborgerhuset på Vesterbro', street: 'Enghavevej', number: '57', district: 'vesterbro-kongens-enghave' },
    onlineUrl: null,
    startInDays: 1,
    startTime: '10:00',
    endTime: '12:00',
    capacity: 12,
    waitingList: true,
    audience: 'citizens',
    languages: ['da', 'en', 'ar'],
    repeat: { freq: 'WEEKLY', interval: 1, byday: ['TH'], forDays: 55 },
  },
  {
    key: 'paaroerende',
    topic: 'Rådgivning for pårørende',
    topicEn: 'Advice for relatives and carers',
    description:
      'Er du pårørende til en, der er syg, gammel eller har det svært? Tal med en sygeplejerske fra kommunen og en frivillig fra Natlinjen København. Mødet er online, så du kan være med hjemmefra.',
    descriptionEn:
      'Do you care for someone who is ill, old or struggling? Talk to a municipal nurse and a volunteer from Natlinjen København. The session is online, so you can join from home.',
    owner: 'suf',
    hostAdministrations: [],
    hostAssociations: ['natlinjen-koebenhavn'],
    terms: ['raadgivning-og-samtale', 'sundhed-og-patientstoette'],
    place: null,
    onlineUrl: 'https://moede.indgang.example.dk/paaroerende',
    startInDays: 1,
    startTime: '19:00',
    endTime: '20:30',
    capacity: 25,
    waitingList: true,
    audience: 'citizens',
    languages: ['da'],
    repeat: { freq: 'WEEKLY', interval: 2, byday: ['MO'], forDays: 120 },
  },
  {
    key: 'praktisk-hjaelp',
    topic: 'Spørg om praktisk hjælp i hjemmet',
    topicEn: 'Ask about practical help at home',
    description:
      'En lille samtalegruppe om praktisk hjælp: indkøb, små reparationer og hjælp til at komme ud. Socialforvaltningen og Vesterbro Borgerhjælp er med.',
    descriptionEn: 'A small talk group about practical help: shopping, small repairs and help to get out. The Social Services administration and Vesterbro Borgerhjælp take part.',
    owner: 'sof',
    hostAdministrations: [],
    hostAssociations: ['vesterbro-borgerhjaelp'],
    terms: ['praktisk-hjaelp'],
    place: { name: 'Beboerhuset ved Istedgade', street: 'Istedgade', number: '88', district: 'vesterbro-kongens-enghave' },
    onlineUrl: null,
    startInDays: 6,
    startTime: '10:00',
    endTime: '11:30',
    capacity: 3,
    waitingList: true,
    audience: 'citizens',
    languages: ['da'],
    repeat: null,
    bookings: [
      { name: 'Birgit Lynge', email: 'birgit.lynge.demo@example.dk', phone: null, note: 'Jeg har svært ved trapper.' },
      { name: 'Ole Kleist', email: null, phone: '20 00 01 23', note: null },
      { name: 'Amira Holm', email: 'amira.holm.demo@example.dk', phone: '20 00 04 56', note: null },
      { name: 'Jens Bach', email: 'jens.bach.demo@example.dk', phone: null, note: 'Kan kun komme, hvis der er tolk.' },
    ],
  },
  {
    key: 'sund-hverdag',
    topic: 'Sund hverdag: spørg om motion, mad og søvn',
    topicEn: 'A healthy everyday: ask about exercise, food and sleep',
    description:
      'Sundheds- og Omsorgsforvaltningen og Valby Besøgstjeneste svarer på spørgsmål om motion, mad og søvn, og fortæller om de aktiviteter, du kan være med i tæt på dig.',
    descriptionEn:
      'The Health and Care administration and Valby Besøgstjeneste answer questions about exercise, food and sleep, and tell you about activities near you.',
    owner: 'suf',
    hostAdministrations: [],
    hostAssociations: ['valby-besoegstjeneste'],
    terms: ['raadgivning-og-samtale', 'sundhed-og-patientstoette'],
    place: { name: 'Biblioteket i Valby', street: 'Annexstræde', number: '14', district: 'valby' },
    onlineUrl: null,
    startInDays: -130,
    startTime: '13:00',
    endTime: '15:00',
    capacity: 15,
    waitingList: true,
    audience: 'citizens',
    languages: ['da'],
    repeat: { freq: 'MONTHLY', interval: 1, byday: ['1TH'], forDays: 85 },
    held: { booked: 12, attended: 9 },
  },
];
