import type { AstroGlobal } from 'astro';
import { db } from '../../lib/db';
import { administrationNames, readReceipt, type Receipt } from '../../lib/entrance';

/** What the receipt page shows. */
export type ReceiptPageState = { view: 'receipt'; receipt: Receipt; receiverName: string } | { view: 'invalid' };

/**
 * The receipt after the form: everything comes from the signed address the form redirected to,
 * so the page reads no referral (and logs none). A changed or made-up address is 404.
 */
export async function receiptPage(Astro: AstroGlobal): Promise<ReceiptPageState> {
  // The code is for the citizen's eyes only: not for a shared cache.
  Astro.response.headers.set('Cache-Control', 'no-store');
  const receipt = readReceipt(Astro.url.searchParams);
  const names = receipt ? await administrationNames(db(), receipt.administration) : null;
  if (!receipt || !names) {
    Astro.response.status = 404;
    return { view: 'invalid' };
  }
  return { view: 'receipt', receipt, receiverName: Astro.locals.locale === 'da' ? names.nameDa : names.nameEn };
}
