/**
 * A sent form as hidden fields, so that the 429 page can offer "send again" with nothing retyped.
 * Only when every field can go back into the page: a file cannot, and a password must never be
 * written into a page; then the page says that the browser's back button usually keeps the form.
 */

/** Field names that hold a password or another secret the person typed. */
const SECRET_FIELD = /pass|kode|secret|token$/i;

/** Of forms larger than this, nothing is echoed back (a form of Indgang is far smaller). */
const MAX_CHARS = 64 * 1024;

/** The fields of a sent form to post again as they were, or null when they cannot all be kept. */
export function resendableFields(form: FormData): Array<[string, string]> | null {
  const fields: Array<[string, string]> = [];
  let size = 0;
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || SECRET_FIELD.test(name)) return null;
    size += name.length + value.length;
    if (size > MAX_CHARS) return null;
    fields.push([name, value]);
  }
  return fields.length > 0 ? fields : null;
}

/** The sent form of a POST, read from a copy (the page may not have read it), or null. */
export async function sentForm(request: Request): Promise<FormData | null> {
  if (request.method !== 'POST') return null;
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data')) return null;
  try {
    return await request.clone().formData();
  } catch {
    return null;
  }
}
