import type { APIContext, AstroGlobal } from 'astro';
import { allow } from '../../lib/access';
import { isUuid } from '../../lib/admin/schemas';
import { db } from '../../lib/db';
import { loadPrescription, type PrescriptionData } from '../../lib/prescription';
import { getReferral } from '../../lib/referral';
import { referralRateLimit, userActor } from './guard';

type Context = Pick<AstroGlobal | APIContext, 'locals' | 'url' | 'redirect' | 'rewrite' | 'clientAddress' | 'request' | 'params'>;

/**
 * The prescription of a referral to an activity, for the print page and the PDF: rate limit,
 * authenticate, then the core reads the referral for `purpose` (which logs the print or the
 * download) and answers null when the viewer may not see it. Null too for a referral to an
 * administration: only an activity has a prescription. The prescription itself holds no
 * personal data; the log still says who printed which referral.
 */
export async function prescriptionFor(context: Context, purpose: 'print' | 'pdf'): Promise<PrescriptionData | Response | null> {
  const limited = await referralRateLimit(context, purpose, 60);
  if (limited) return limited;
  const user = await allow(context);
  if (user instanceof Response) return user;
  const id = context.params.id;
  if (!isUuid(id)) return null;
  const detail = await getReferral(db(), id, userActor(user), purpose, { locale: context.locals.locale });
  if (!detail?.activityId) return null;
  return loadPrescription(db(), { reference: detail.reference, createdAt: detail.createdAt, activityId: detail.activityId }, context.locals.locale);
}
