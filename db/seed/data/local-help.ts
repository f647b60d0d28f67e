import { DISTRICTS, type DistrictSeed } from './districts';
import { LOCAL_EXTRAS } from './local-help-extras';
import type { ActivitySpec, AssociationSpec } from './types';

/**
 * Every district has a citizens' help association (borgerhjælp) of the kind seed 002 describes:
 * visiting friends, an escort to the doctor, a shopping trip, handymen, and a couple of local
 * extras. Written once as a template so all ten districts are covered with the same care.
 */
const NAMES: Record<DistrictSeed['slug'], string> = {
  'indre-by': 'Indre By Borgerhjælp',
  oesterbro: 'Østerbro Besøgstjeneste',
  noerrebro: 'Nørrebro Naboskab',
  'vesterbro-kongens-enghave': 'Vesterbro Borgerhjælp',
  valby: 'Valby Besøgstjeneste',
  vanloese: 'Vanløse Seniorhjælp',
  'broenshoej-husum': 'Brønshøj-Husum Borgerhjælp',
  bispebjerg: 'Bispebjerg Nabohjælp',
  'amager-oest': 'Sundby Borgerhjælp',
  'amager-vest': 'Amager Vest Nabohjælp',
};

function coreActivities(d: DistrictSeed): ActivitySpec[] {
  return [
    {
      name: `Besøgsven ${d.inName}`,
      kind: 'offer',
      summary: 'En frivillig besøger dig hjemme. I får en snak og en kop kaffe.',
      summaryEn: 'A volunteer visits you at home for a chat and a cup of coffee.',
      description:
        'Føler du dig alene? Så kan du få en besøgsven. En frivillig kommer hjem til dig cirka en gang om ugen. I kan snakke, spille kort eller gå en tur. Vi finder en besøgsven, der passer til dig.',
      targets: ['ensomme', 'aeldre'],
      categories: ['besoeg-og-ledsagelse', 'samvaer-og-netvaerk'],
      place: false,
      when: [{ rule: 'MO,WE 10-12', note: 'Ring i telefontiden. Besøgene aftaler I selv.' }],
      takesReferrals: true,
      howToJoin: 'Ring til os i telefontiden. Din hjemmehjælper eller læge kan også henvise dig.',
    },
    {
      name: `Bliv besøgsven ${d.inName}`,
      kind: 'volunteer_role',
      summary: 'Besøg en ensom nabo en gang om ugen. Det tager et par timer.',
      summaryEn: 'Visit a lonely neighbour once a week. It takes a couple of hours.',
      description:
        'Vi søger frivillige, der har lyst til at besøge en ældre eller ensom nabo. Du får en introduktion og kan altid tale med en koordinator. Du skal have tid et par timer om ugen.',
      targets: ['alle'],
      categories: ['besoeg-og-ledsagelse'],
      minimumAge: 18,
      howToJoin: 'Skriv til os. Vi inviterer dig til en snak, før du starter.',
      eligibility: 'Du skal vise en børneattest eller straffeattest.',
    },
    {
      name: `Ledsageordning ${d.inName}`,
      kind: 'offer',
      summary: 'En frivillig følger dig til lægen, hospitalet eller tandlægen.',
      summaryEn: 'A volunteer goes with you to the doctor, the hospital or the dentist.',
      description:
        'Er det svært at tage til lægen alene? En frivillig kan følge dig derhen og hjem igen. Den frivillige venter sammen med dig. Ring helst en uge før.',
      targets: ['aeldre', 'mennesker-med-handicap', 'patienter'],
      categories: ['besoeg-og-ledsagelse'],
      administration: 'suf',
      place: false,
      when: [{ rule: 'TU,TH 09-12', note: 'Bestil ledsagelse i telefontiden.' }],
    },
    {
      name: `Indkøbstur ${d.inName}`,
      kind: 'offer',
      summary: 'Bussen henter dig hjemme. Vi handler ind sammen og drikker kaffe bagefter.',
      summaryEn: 'The bus picks you up at home. We shop together and have coffee afterwards.',
      description:
        'Indkøbsturen er for ældre og for dig, der går dårligt. Bussen henter dig hjemme og kører dig hjem igen. En frivillig hjælper dig i butikken. Bagefter drikker vi kaffe sammen.',
      targets: ['aeldre', 'mennesker-med-handicap'],
      categories: ['praktisk-hjaelp', 'samvaer-og-netvaerk'],
      administration: 'suf',
      place: false,
      when: ['TH 10-13 /2'],
      price: { ore: 2000, per: 'Du betaler 20 kr. pr. tur for bussen.' },
    },
    {
      name: `Hjælpende Hænder ${d.inName}`,
      kind: 'offer',
      summary: 'Frivillige hjælper med små praktiske opgaver i dit hjem.',
      summaryEn: 'Volunteers help with small practical jobs in your home.',
      description:
        'Skal du have hængt gardiner op eller skiftet en pære? Vores frivillige hjælper gerne med små opgaver, som du ikke selv kan klare. Hjælpen er gratis. Vi gør ikke rent og maler ikke.',
      targets: ['aeldre', 'mennesker-med-handicap'],
      categories: ['praktisk-hjaelp'],
      administration: 'suf',
      place: false,
      when: [{ rule: 'MO,WE,FR 09-11', note: 'Ring og aftal et besøg.' }],
      takesReferrals: true,
      howToJoin: 'Ring til os. Hjemmeplejen kan også kontakte os for dig.',
    },
  ];
}

/** The ten district citizens' help associations, each with five core and two local activities. */
export function localHelpAssociations(): AssociationSpec[] {
  return DISTRICTS.map((d, i) => ({
    name: NAMES[d.slug],
    description: `${NAMES[d.slug]} er en lokal forening af frivillige. Vi hjælper naboer ${d.inName}, som har brug for en hånd eller for selskab. Foreningen får støtte efter servicelovens § 18.`,
    administration: 'sof',
    district: d.slug,
    activities: [
      ...coreActivities(d),
      ...[LOCAL_EXTRAS[(i * 2) % LOCAL_EXTRAS.length], LOCAL_EXTRAS[(i * 2 + 1) % LOCAL_EXTRAS.length]]
        .filter((make) => make !== undefined)
        .map((make) => make(d)),
    ],
  }));
}
