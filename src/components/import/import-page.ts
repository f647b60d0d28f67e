import type { AstroGlobal } from 'astro';
import { t } from '../../i18n';
import { allow, mayAdminister } from '../../lib/access';
import { type AdministrationOption, administrationOptions } from '../../lib/admin';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import { type ImportResult, runImport, type Summary } from '../../lib/import';
import { checkConfirmation, confirmationKey, EMBED_LIMIT_BYTES, issueConfirmation, sha256Of } from '../../lib/import/confirm';
import { formData } from '../account/request';
import { limitAdminPosts } from '../admin/limit';
import { decodeSummary, encodeSummary } from './summary-param';

/** The largest file the page takes (a municipality's whole directory is a few MB). */
export const MAX_UPLOAD_MB = 20;
const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;

/** What the confirm form sends back: the file's name, the fallback, the token and (small files) the content. */
export interface ConfirmForm {
  name: string;
  administration: string;
  token: string;
  /** Base64 of the file when it is small enough to travel back; else the admin chooses it again. */
  content: string | null;
}

export interface ImportPageView {
  administrations: AdministrationOption[];
  errors: FieldErrors;
  administration: string;
  /** The dry run (or the refused import) to show, with the file's name. */
  preview: { name: string; result: ImportResult } | null;
  confirm: ConfirmForm | null;
  /** The summary of an import just saved (after the redirect). */
  done: Summary | null;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * /admin/import: rate limit (POST), admins only, then one of three steps. GET: the upload form
 * (and the summary of an import just saved). POST step=preview: a dry run of the uploaded file.
 * POST step=import: the confirmed file, checked again and imported, then a redirect (PRG).
 */
export async function importPage(Astro: AstroGlobal): Promise<ImportPageView | Response> {
  const limited = await limitAdminPosts(Astro);
  if (limited) return limited;
  const user = await allow(Astro, mayAdminister);
  if (user instanceof Response) return user;
  Astro.response.headers.set('Cache-Control', 'no-store');
  const locale = Astro.locals.locale;
  const administrations = await administrationOptions(db());
  const view: ImportPageView = { administrations, errors: {}, administration: '', preview: null, confirm: null, done: null };
  if (Astro.request.method !== 'POST') return { ...view, done: decodeSummary(Astro.url.searchParams.get('importeret')) };

  const refuse = (status: number, errors: FieldErrors, extra: Partial<ImportPageView> = {}) => {
    Astro.response.status = status;
    return { ...view, errors, ...extra };
  };
  // Refused before the body is read (a friendly page, not a broken connection).
  if (Number(Astro.request.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES * 1.4 + 65_536) {
    return refuse(413, { file: t(locale, 'import.error.tooLarge', { size: MAX_UPLOAD_MB }) });
  }
  const form = await formData(Astro.request);
  const administration = text(form, 'administration');
  view.administration = administration;
  if (administration && !administrations.some((a) => a.abbreviation === administration)) {
    return refuse(400, { administration: t(locale, 'import.error.administration') });
  }
  const file = form.get('file');
  const upload = file instanceof File && file.size > 0 ? file : null;
  if (upload && upload.size > MAX_UPLOAD_BYTES) return refuse(413, { file: t(locale, 'import.error.tooLarge', { size: MAX_UPLOAD_MB }) });

  if (text(form, 'step') === 'import') {
    const name = text(form, 'name');
    const content = text(form, 'content');
    const bytes = content ? Buffer.from(content, 'base64') : upload ? new Uint8Array(await upload.arrayBuffer()) : null;
    const confirmation = { userId: user.id, name, administration, sha256: bytes ? sha256Of(bytes) : '' };
    if (!bytes || !checkConfirmation(confirmationKey(), form.get('token'), confirmation)) {
      return refuse(400, { file: t(locale, 'import.error.expired') });
    }
    // Read and checked again from the start: the dry run is not trusted, and Indgang may have changed.
    const result = await runImport(db(), { name, bytes, administration: administration || null, dryRun: false });
    if (!result.summary) return refuse(409, { file: t(locale, 'import.error.changed') }, { preview: { name, result } });
    return Astro.redirect(`/admin/import?importeret=${encodeSummary(result.summary)}`, 303);
  }

  if (!upload) return refuse(400, { file: t(locale, 'import.error.noFile') });
  const bytes = new Uint8Array(await upload.arrayBuffer());
  const result = await runImport(db(), { name: upload.name, bytes, administration: administration || null, dryRun: true });
  const preview = { name: upload.name, result };
  if (!result.summary) return refuse(400, {}, { preview });
  const token = issueConfirmation(confirmationKey(), { userId: user.id, name: upload.name, administration, sha256: sha256Of(bytes) });
  const content = bytes.length <= EMBED_LIMIT_BYTES ? Buffer.from(bytes).toString('base64') : null;
  return { ...view, preview, confirm: { name: upload.name, administration, token, content } };
}
