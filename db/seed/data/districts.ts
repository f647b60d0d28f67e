/**
 * The ten districts (bydele) of Copenhagen, with approximate centre points, their main postal
 * codes and real street names to build invented addresses on. Street names are public geography,
 * not personal data; house numbers are random.
 */
export const DISTRICTS = [
  {
    slug: 'indre-by',
    name: 'Indre By',
    shortName: 'Indre By',
    inName: 'i Indre By',
    postalCodes: ['1050', '1100', '1123', '1150', '1165', '1171', '1200', '1264', '1300', '1350', '1400', '1422', '1450'],
    latitude: 55.6794,
    longitude: 12.5776,
    streets: [['Nørregade', '1165'], ['Store Kongensgade', '1264'], ['Fiolstræde', '1171'], ['Borgergade', '1300'], ['Gothersgade', '1123'], ['Torvegade', '1400'], ['Prinsessegade', '1422']],
  },
  {
    slug: 'oesterbro',
    name: 'Østerbro',
    shortName: 'Østerbro',
    inName: 'på Østerbro',
    postalCodes: ['2100', '2150'],
    latitude: 55.7067,
    longitude: 12.5773,
    streets: [['Østerbrogade', '2100'], ['Nordre Frihavnsgade', '2100'], ['Classensgade', '2100'], ['Strandboulevarden', '2100'], ['Willemoesgade', '2100'], ['Blegdamsvej', '2100'], ['Dag Hammarskjölds Allé', '2100']],
  },
  {
    slug: 'noerrebro',
    name: 'Nørrebro',
    shortName: 'Nørrebro',
    inName: 'på Nørrebro',
    postalCodes: ['2200'],
    latitude: 55.6941,
    longitude: 12.5486,
    streets: [['Nørrebrogade', '2200'], ['Blågårdsgade', '2200'], ['Jægersborggade', '2200'], ['Stefansgade', '2200'], ['Guldbergsgade', '2200'], ['Rantzausgade', '2200']],
  },
  {
    slug: 'vesterbro-kongens-enghave',
    name: 'Vesterbro/Kongens Enghave',
    shortName: 'Vesterbro',
    inName: 'på Vesterbro og i Sydhavnen',
    postalCodes: ['1620', '1650', '1674', '1700', '1720', '1750', '1799', '2450'],
    latitude: 55.6667,
    longitude: 12.5419,
    streets: [['Istedgade', '1650'], ['Vesterbrogade', '1620'], ['Enghavevej', '1674'], ['Halmtorvet', '1700'], ['Sønder Boulevard', '1720'], ['Mozarts Plads', '2450'], ['Borgbygade', '2450']],
  },
  {
    slug: 'valby',
    name: 'Valby',
    shortName: 'Valby',
    inName: 'i Valby',
    postalCodes: ['2500'],
    latitude: 55.6612,
    longitude: 12.5034,
    streets: [['Valby Langgade', '2500'], ['Toftegårds Allé', '2500'], ['Gammel Køge Landevej', '2500'], ['Vigerslev Allé', '2500'], ['Annexstræde', '2500'], ['Lyshøjgårdsvej', '2500']],
  },
  {
    slug: 'vanloese',
    name: 'Vanløse',
    shortName: 'Vanløse',
    inName: 'i Vanløse',
    postalCodes: ['2720'],
    latitude: 55.6874,
    longitude: 12.4917,
    streets: [['Jernbane Allé', '2720'], ['Ålekistevej', '2720'], ['Grøndals Parkvej', '2720'], ['Hyltebjerg Allé', '2720'], ['Apollovej', '2720'], ['Frode Jakobsens Plads', '2720']],
  },
  {
    slug: 'broenshoej-husum',
    name: 'Brønshøj-Husum',
    shortName: 'Brønshøj-Husum',
    inName: 'i Brønshøj-Husum',
    postalCodes: ['2700'],
    latitude: 55.7066,
    longitude: 12.4886,
    streets: [['Frederikssundsvej', '2700'], ['Husumvej', '2700'], ['Gavlhusvej', '2700'], ['Bellahøjvej', '2700'], ['Krabbesholmvej', '2700']],
  },
  {
    slug: 'bispebjerg',
    name: 'Bispebjerg',
    shortName: 'Bispebjerg',
    inName: 'på Bispebjerg',
    postalCodes: ['2400'],
    latitude: 55.711,
    longitude: 12.54,
    streets: [['Frederiksborgvej', '2400'], ['Tagensvej', '2400'], ['Bispebjerg Bakke', '2400'], ['Rentemestervej', '2400'], ['Glasvej', '2400'], ['Emdrupvej', '2400']],
  },
  {
    slug: 'amager-oest',
    name: 'Amager Øst',
    shortName: 'Amager Øst',
    inName: 'på Amager Øst',
    postalCodes: ['2300'],
    latitude: 55.657,
    longitude: 12.609,
    streets: [['Amagerbrogade', '2300'], ['Holmbladsgade', '2300'], ['Øresundsvej', '2300'], ['Prags Boulevard', '2300'], ['Sundholmsvej', '2300'], ['Strandlodsvej', '2300']],
  },
  {
    slug: 'amager-vest',
    name: 'Amager Vest',
    shortName: 'Amager Vest',
    inName: 'på Amager Vest',
    // Amager Vest lies wholly in 2300 København S (Islands Brygge, Sundbyvester, Ørestad).
    postalCodes: ['2300'],
    latitude: 55.652,
    longitude: 12.572,
    streets: [['Islands Brygge', '2300'], ['Artillerivej', '2300'], ['Englandsvej', '2300'], ['Ørestads Boulevard', '2300'], ['Gunløgsgade', '2300'], ['Vejlands Allé', '2300']],
  },
] as const;

/** Slug of one of the ten districts. */
export type DistrictSlug = (typeof DISTRICTS)[number]['slug'];
/** One district of the list above. */
export type DistrictSeed = (typeof DISTRICTS)[number];

/** The district with this slug; throws on an unknown slug, which is a typo in the catalogue. */
export function districtBySlug(slug: DistrictSlug): DistrictSeed {
  const found = DISTRICTS.find((d) => d.slug === slug);
  if (!found) throw new Error(`Unknown district ${slug}`);
  return found;
}

const CITY_BY_POSTAL_CODE: Record<string, string> = {
  '2100': 'København Ø',
  '2150': 'Nordhavn',
  '2200': 'København N',
  '2300': 'København S',
  '2400': 'København NV',
  '2450': 'København SV',
  '2500': 'Valby',
  '2700': 'Brønshøj',
  '2720': 'Vanløse',
};

/** The postal town (postby) of a Copenhagen postal code, e.g. 1650 → "København V". */
export function cityFor(postalCode: string): string {
  const known = CITY_BY_POSTAL_CODE[postalCode];
  if (known) return known;
  const code = Number(postalCode);
  if (code >= 1000 && code < 1500) return 'København K';
  if (code >= 1500 && code < 2000) return 'København V';
  throw new Error(`No city known for postal code ${postalCode}`);
}
