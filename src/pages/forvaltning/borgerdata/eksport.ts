/**
 * POST /forvaltning/borgerdata/eksport: everything about one citizen in the administration's
 * referrals as a JSON download, for the citizen's right of access. Logged per referral (`export`).
 * A POST (with the CSRF token), so that the e-mail or phone is never in an address and a link
 * cannot start an export.
 */
import type { APIRoute } from 'astro';
import { coordinatorOf, limitCitizenData } from '../../../components/privacy/citizen-page';
import { formData } from '../../../components/account/request';
import { allow } from '../../../lib/access';
import { db } from '../../../lib/db';
import { parseForm } from '../../../lib/forms/validate';
import { citizenQuerySchema, exportCitizenData } from '../../../lib/referral-privacy';

export const POST: APIRoute = async (context) => {
  const limited = await limitCitizenData(context);
  if (limited) return limited;
  const user = await allow(context, (u) => coordinatorOf(u) !== null);
  if (user instanceof Response) return user;
  const parsed = parseForm(await formData(context.request), citizenQuerySchema(context.locals.locale));
  if (!parsed.ok) return new Response(Object.values(parsed.errors).join('\n'), { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });

  const data = await exportCitizenData(db(), coordinatorOf(user)!, parsed.data);
  // The file name says what and when, never who.
  const name = `borgerdata-${data.exportedAt.slice(0, 10)}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
    },
  });
};
