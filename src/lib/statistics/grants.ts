import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { compareDanish, inDanishOrder, labelOf, num } from './sql';
import type { GrantFigures, GrantLine, GrantSumRow, StatisticsFilter } from './types';

interface Row extends Record<string, unknown> {
  id: string;
  association_id: string;
  association_name: string;
  administration_id: string;
  name_da: string;
  name_en: string;
  purpose: string;
  amount_ore: string | number;
}

/**
 * The § 18 grants recorded for the year (the year the grant is for, not when it was typed in),
 * optionally of one granting administration: each grant, the sum and count per administration,
 * and the total. Amounts in øre. Grants to associations of any status count: a grant was paid
 * even if the association has since closed its listing.
 */
export async function grantFigures(db: Database, filter: StatisticsFilter): Promise<GrantFigures> {
  const adm = filter.administrationId;
  const rows = await db.execute<Row>(sql`
    select g.id, g.association_id, s.name as association_name, g.administration_id, ad.name_da, ad.name_en, g.purpose, g.amount_ore
    from grants g
    join associations s on s.id = g.association_id
    join administrations ad on ad.id = g.administration_id
    where g.year = ${filter.year} and (${adm}::uuid is null or g.administration_id = ${adm}::uuid)`);
  const grants: GrantLine[] = [...rows]
    .map((r) => ({
      id: r.id,
      associationId: r.association_id,
      associationName: r.association_name,
      administrationId: r.administration_id,
      administration: labelOf(r),
      purpose: r.purpose,
      amountOre: num(r.amount_ore),
    }))
    .sort((a, b) => compareDanish(a.associationName, b.associationName) || b.amountOre - a.amountOre || compareDanish(a.purpose, b.purpose));

  const sums = new Map<string, GrantSumRow>();
  for (const grant of grants) {
    const row = sums.get(grant.administrationId) ?? { key: grant.administrationId, label: grant.administration, count: 0, amountOre: 0 };
    row.count += 1;
    row.amountOre += grant.amountOre;
    sums.set(grant.administrationId, row);
  }
  return {
    byAdministration: inDanishOrder([...sums.values()]),
    grants,
    total: {
      count: grants.length,
      amountOre: grants.reduce((sum, g) => sum + g.amountOre, 0),
      associations: new Set(grants.map((g) => g.associationId)).size,
    },
  };
}
