import { describe, expect, it } from 'vitest';
import { splitDescription } from './hsds-service';
import { issueLine } from './issues';
import { detectFormat, readImportFile } from './read';
import { referenceOf } from './reference';

const reference = referenceOf(
  [{ id: 'adm-sof', slug: 'socialforvaltningen', abbreviation: 'SOF' }],
  [{ id: 'd-valby', slug: 'valby', name: 'Valby', postalCodes: ['2500'] }],
  [
    { id: 't-aeldre', taxonomy: 'target_group', slug: 'aeldre' },
    { id: 't-sorg', taxonomy: 'category', slug: 'sorg-og-krise' },
  ],
);
const bytes = (text: string) => new TextEncoder().encode(text);
const read = (name: string, text: string) => readImportFile(name, bytes(text), reference);
const lines = (name: string, text: string) => read(name, text).issues.list.map((i) => issueLine('da', i));

const HEADER = 'organization_id,organization_name,organization_administration,service_id,service_name,service_summary,schedules';

describe('detectFormat', () => {
  it('goes by the extension, else by the first character', () => {
    expect(detectFormat('a.JSON', 'x')).toBe('hsds');
    expect(detectFormat('a.csv', '{')).toBe('csv');
    expect(detectFormat('upload', '\uFEFF  [{}]')).toBe('hsds');
    expect(detectFormat('upload', 'organization_id;…')).toBe('csv');
    expect(detectFormat('upload', '')).toBeNull();
  });
});

describe('reading the CSV', () => {
  it('groups rows by association and reads an association row without activity columns', () => {
    const file = read('a.csv', `${HEADER}\r\no1,Forening,SOF,s1,Kaffe,Kaffe og snak.,"FREQ=WEEKLY;BYDAY=MO;OPENS=9.30;CLOSES=11:00"\r\no1,Forening,SOF,s2,Te,Te og snak.,\r\no2,Anden,sof,,,,\r\n`);
    expect(file.issues.list).toEqual([]);
    expect(file.data.associations.map((a) => [a.sourceId, a.activities.map((s) => s.sourceId)])).toEqual([
      ['o1', ['s1', 's2']],
      ['o2', []],
    ]);
    expect(file.data.associations[0]!.activities[0]!.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: ['MO'], opensAt: '09:30:00', closesAt: '11:00:00' });
  });

  it('refuses unknown and missing columns in the header', () => {
    expect(lines('a.csv', 'organization_name,servise_name\r\nForening,Kaffe\r\n')).toEqual([
      'Række 1, servise_name: Kolonnen kendes ikke. Se de tilladte kolonner i vejledningen (README, afsnittet "Import").',
      'Række 1, organization_id: Kolonnen mangler i første række.',
    ]);
  });

  it('refuses an association whose columns differ between its rows, and an activity id used twice', () => {
    expect(lines('a.csv', `${HEADER}\r\no1,Forening,SOF,s1,Kaffe,Kaffe.,\r\no1,Forening B,SOF,s1,Te,Te.,\r\n`)).toEqual([
      'Række 3, organization_name: Foreningen har andre oplysninger i denne kolonne end i række 2. Foreningens kolonner skal være ens i alle dens rækker.',
      'Række 3, service_id: Id\'et "s1" bruges også i række 2.',
    ]);
  });

  it('checks parallel place columns line by line and schedule keys', () => {
    const header = 'organization_id,organization_name,organization_administration,service_id,service_name,service_summary,location_name,location_address,location_postal_code,location_city,location_latitude,location_longitude,schedules';
    const row = 'o1,F,SOF,s1,K,K.,"Hus\nSal","Vej 1\nVej 2",2500,Valby,"55,66\n55.67","12.5\n12.6","FREQ=DAILY;BYDAY=MO;OPENS=10:00;CLOSES=10:00;PLACE=3;COLOR=red"';
    expect(lines('a.csv', `${header}\r\n${row}\r\n`)).toEqual([
      'Række 2, location_postal_code: Der er 1 linjer her, men 2 i location_name. Hvert sted og hver kontakt skal have én linje i hver kolonne.',
      'Række 2, location_city: Der er 1 linjer her, men 2 i location_name. Hvert sted og hver kontakt skal have én linje i hver kolonne.',
      'Række 2, location_postal_code[1]: Skal udfyldes.',
      'Række 2, location_city[1]: Skal udfyldes.',
      'Række 2, location_postal_code[2]: Skal udfyldes.',
      'Række 2, location_city[2]: Skal udfyldes.',
      'Række 2, schedules: "COLOR=red" kendes ikke i en tidsplan. Brug FREQ, INTERVAL, BYDAY, OPENS, CLOSES, VALID_FROM, VALID_TO, PLACE og NOTE.',
      'Række 2, schedules.FREQ: "DAILY" kendes ikke. Brug en af: WEEKLY, MONTHLY.',
      'Række 2, schedules.PLACE: Skal være et helt tal fra 1 til 2, ikke "3".',
      'Række 2, schedules.CLOSES: Start og slut er det samme klokkeslæt. (Et sluttidspunkt før starttidspunktet betyder, at det slutter efter midnat.)',
    ]);
  });

  it('refuses a row with more cells than columns (a separator in a cell without quotes)', () => {
    expect(lines('a.csv', `${HEADER}\r\no1,Forening,SOF,s1,Kaffe,Kaffe, og snak.,FREQ=WEEKLY\r\n`)).toEqual([
      'Række 2: Rækken har 8 celler, men der er kun 7 kolonner. Står der et skilletegn (; eller ,) i en celle, skal cellen stå i anførselstegn.',
    ]);
  });

  it('says where a quote is never closed, and that a file is not UTF-8', () => {
    expect(lines('a.csv', `${HEADER}\r\no1,"Forening,SOF\r\n`)).toEqual(['Filen: Et citationstegn, der begynder i række 2, bliver aldrig lukket.']);
    const latin1 = readImportFile('a.csv', new Uint8Array([0x6f, 0x31, 0x2c, 0xe6, 0x0a]), reference);
    expect(latin1.issues.list.map((i) => i.key)).toEqual(['import.issue.notUtf8']);
  });
});

describe('reading HSDS JSON', () => {
  const org = { id: 'o1', name: 'Forening', description: '', attributes: [{ taxonomy_term: { taxonomy: 'indgang:forvaltning', code: 'SOF' } }] };
  const service = (extra: Record<string, unknown>) => ({
    id: 's1',
    name: 'Sorg',
    description: 'Sorggruppe.',
    attributes: [{ taxonomy_term: { taxonomy: 'indgang:forvaltning', code: 'socialforvaltningen' } }],
    ...extra,
  });

  it('reads a dataset, a bare list of organizations, and an API page alike', () => {
    const shapes = [
      { organizations: [org], services: [{ ...service({}), organization_id: 'o1' }] },
      [{ ...org, services: [service({})] }],
      { contents: [{ ...service({}), organization: org }] },
    ];
    for (const shape of shapes) {
      const file = read('x.json', JSON.stringify(shape));
      expect(file.issues.list).toEqual([]);
      expect(file.data.associations.map((a) => [a.sourceId, a.activities.map((s) => s.sourceId)])).toEqual([['o1', ['s1']]]);
    }
  });

  it('names problems by JSON path, and a service of an organization the file lacks', () => {
    const file = { organizations: [org], services: [{ ...service({ email: 'ikke-en-mail', languages: [{ code: 'dansk' }] }), organization_id: 'o2' }] };
    expect(lines('x.json', JSON.stringify(file))).toEqual([
      'services[0].languages: "dansk" er ikke en sprogkode på to bogstaver (ISO 639-1), fx da eller en.',
      'services[0].email: "ikke-en-mail" er ikke en gyldig e-mailadresse.',
      'services[0].organization_id: Organisationen "o2" findes ikke i filen.',
    ]);
  });

  it('ignores attributes of taxonomies it does not know, and refuses unknown terms of ours', () => {
    const attributes = [
      ...service({}).attributes,
      { taxonomy_term: { taxonomy: 'AIRS/211', code: 'BD-1800' } },
      { taxonomy_term: { taxonomy: 'indgang:maalgruppe', code: 'aeldre' } },
      { taxonomy_term: { taxonomy_detail: { name: 'indgang:kategori' }, code: 'strik' } },
    ];
    const file = read('x.json', JSON.stringify([{ ...org, services: [service({ attributes })] }]));
    expect(file.issues.list.map((i) => issueLine('da', i))).toEqual([
      '[0].services[0].attributes[3].taxonomy_term.code: Kategorien "strik" findes ikke. Opret den under Administration, eller ret navnet.',
    ]);
    expect(file.data.associations[0]!.activities[0]!.termIds).toEqual(['t-aeldre']);
  });
});

describe('splitDescription', () => {
  it('splits our "summary, blank line, description" back', () => {
    expect(splitDescription('Kort.\n\nLang tekst.\n\nMed afsnit.')).toEqual({ summary: 'Kort.', description: 'Lang tekst.\n\nMed afsnit.' });
    expect(splitDescription('Kun et resumé.')).toEqual({ summary: 'Kun et resumé.', description: '' });
  });

  it('takes the first sentence of a long text without a short first paragraph, and keeps the whole text', () => {
    const long = `Første sætning her. ${'Mere tekst. '.repeat(50)}`.trim();
    expect(splitDescription(long)).toEqual({ summary: 'Første sætning her.', description: long });
  });
});
