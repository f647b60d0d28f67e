import { grants } from '../../schema';
import { stableId } from '../ids';
import type { Transaction } from '../insert';
import { ADMINISTRATIONS, type AdministrationKey } from './administrations';

/**
 * Invented § 18 grants of the demo municipality, for this year and last year (counted from the
 * day the demo is seeded, in Copenhagen), so that the reports show figures at once. Most are the
 * Social administration's, which decides § 18 grants; a few are other administrations' own
 * funds for voluntary social work. Amounts and purposes are invented.
 */
interface GrantSpec {
  association: string;
  by: AdministrationKey;
  /** 0: the seed year; -1: the year before. */
  year: 0 | -1;
  kroner: number;
  purpose: string;
}

export const DEMO_GRANTS: readonly GrantSpec[] = [
  { association: 'valby-besoegstjeneste', by: 'sof', year: 0, kroner: 85_000, purpose: 'Besøgsvenner til ensomme ældre i Valby' },
  { association: 'vesterbro-borgerhjaelp', by: 'sof', year: 0, kroner: 60_000, purpose: 'Ledsageordning og indkøbstur på Vesterbro' },
  { association: 'oesterbro-besoegstjeneste', by: 'sof', year: 0, kroner: 55_000, purpose: 'Besøgsvenner og sorggruppe på Østerbro' },
  { association: 'natlinjen-koebenhavn', by: 'sof', year: 0, kroner: 250_000, purpose: 'Anonym samtale om natten, hele året' },
  { association: 'sorgstoette-koebenhavn', by: 'sof', year: 0, kroner: 120_000, purpose: 'Sorggrupper for voksne og unge' },
  { association: 'gadens-stue-vesterbro', by: 'sof', year: 0, kroner: 310_000, purpose: 'Værested og rådgivning for hjemløse' },
  { association: 'groenlandsk-netvaerk-nordvest', by: 'sof', year: 0, kroner: 95_000, purpose: 'Netværk for socialt udsatte grønlændere' },
  { association: 'ung-til-ung-chatten', by: 'sof', year: 0, kroner: 72_500.5, purpose: 'Chatrådgivning for unge, drevet af frivillige' },
  { association: 'recept-paa-faellesskab-vesterbro', by: 'suf', year: 0, kroner: 140_000, purpose: 'Recept på fællesskab: motion, samtaler og netværk' },
  { association: 'demensnetvaerket-valby', by: 'suf', year: 0, kroner: 45_000, purpose: 'Pårørendegruppe for pårørende til mennesker med demens' },
  { association: 'moedrenetvaerket-amager', by: 'buf', year: 0, kroner: 80_000, purpose: 'Fødselsforberedelse og mødregrupper for sårbare gravide' },
  { association: 'integrationsnetvaerket-nordvest', by: 'bif', year: 0, kroner: 65_000, purpose: 'Netværk og cykelkursus for flygtningekvinder' },
  { association: 'valby-besoegstjeneste', by: 'sof', year: -1, kroner: 80_000, purpose: 'Besøgsvenner til ensomme ældre i Valby' },
  { association: 'vesterbro-borgerhjaelp', by: 'sof', year: -1, kroner: 55_000, purpose: 'Ledsageordning på Vesterbro' },
  { association: 'natlinjen-koebenhavn', by: 'sof', year: -1, kroner: 240_000, purpose: 'Anonym samtale om natten, hele året' },
  { association: 'gadens-stue-vesterbro', by: 'sof', year: -1, kroner: 300_000, purpose: 'Værested og rådgivning for hjemløse' },
  { association: 'sorgstoette-koebenhavn', by: 'sof', year: -1, kroner: 100_000, purpose: 'Sorggrupper for voksne' },
  { association: 'recept-paa-faellesskab-vesterbro', by: 'suf', year: -1, kroner: 125_000, purpose: 'Recept på fællesskab: motion og netværk' },
  { association: 'moedrenetvaerket-amager', by: 'buf', year: -1, kroner: 75_000, purpose: 'Mødregrupper for sårbare gravide' },
];

const administrationId = (key: AdministrationKey) => stableId('administration', ADMINISTRATIONS.find((a) => a.key === key)!.slug);

/** The year of `now` in Copenhagen. */
function copenhagenYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(now));
}

/** The id of the `index`th demo grant: fixed, so that tests can open it (0 is Valby Besøgstjeneste's, SOF's, this year). */
export function demoGrantId(index: number): string {
  const g = DEMO_GRANTS[index]!;
  return stableId('grant', `${g.association}:${g.year}:${index}`);
}

/** The rows of the demo grants, recorded by each administration's demo coordinator. */
export function demoGrantRows(now: Date): (typeof grants.$inferInsert)[] {
  const year = copenhagenYear(now);
  return DEMO_GRANTS.map((g, i) => ({
    id: demoGrantId(i),
    associationId: stableId('association', g.association),
    administrationId: administrationId(g.by),
    year: year + g.year,
    amountOre: Math.round(g.kroner * 100),
    purpose: g.purpose,
    createdBy: stableId('user', `koordinator.${g.by}@indgang.example.dk`),
    createdAt: now,
    updatedAt: now,
  }));
}

/** Inserts the demo grants (one statement: there are a score of them). */
export async function insertGrantDemo(tx: Transaction, now: Date): Promise<void> {
  await tx.insert(grants).values(demoGrantRows(now));
}
