/**
 * Reading the POST forms of a page's HTML without a browser: each form's action, its hidden fields
 * with their values (CSRF token, signed form time, ids) and the names of the fields a person fills
 * in. The property tests start from exactly what the page offers and then spoil it.
 */
export interface HarvestedForm {
  action: string;
  enctype: string;
  /** Hidden fields with the values the page gave them. */
  hidden: [string, string][];
  /** Names of the visible controls (inputs, selects, textareas, submit buttons with a name). */
  fields: string[];
  /** For selects, radios and checkboxes: the values the page offers. */
  options: Record<string, string[]>;
  /** Every id in the form (an error summary must link to one of these). */
  ids: Set<string>;
}

const attr = (tag: string, name: string): string | undefined =>
  tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Every `<form method="post">` in the HTML (forms do not nest, so a lazy match to `</form>` is enough). */
export function postForms(html: string, pageUrl: string): HarvestedForm[] {
  const forms: HarvestedForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const open = `<form${match[1]}>`;
    if ((attr(open, 'method') ?? 'get').toLowerCase() !== 'post') continue;
    const body = match[2]!;
    const action = new URL(attr(open, 'action') ?? pageUrl, new URL(pageUrl, 'http://portal'));
    const form: HarvestedForm = {
      action: action.pathname + action.search,
      enctype: attr(open, 'enctype') ?? 'application/x-www-form-urlencoded',
      hidden: [],
      fields: [],
      options: {},
      ids: new Set(),
    };
    for (const id of body.matchAll(/\sid="([^"]+)"/g)) form.ids.add(id[1]!);
    for (const tag of body.matchAll(/<(input|select|textarea|button)\b[^>]*>/g)) {
      const name = attr(tag[0], 'name');
      if (!name) continue;
      const type = (attr(tag[0], 'type') ?? (tag[1] === 'button' ? 'submit' : 'text')).toLowerCase();
      if (type === 'hidden') form.hidden.push([name, attr(tag[0], 'value') ?? '']);
      else if (!form.fields.includes(name)) form.fields.push(name);
      const value = attr(tag[0], 'value');
      if (value !== undefined && ['radio', 'checkbox', 'submit'].includes(type)) (form.options[name] ??= []).push(value);
    }
    for (const select of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
      const name = attr(`<select${select[1]}>`, 'name');
      if (!name) continue;
      form.options[name] = [...select[2]!.matchAll(/<option\b[^>]*value="([^"]*)"/g)].map((o) => o[1]!);
    }
    forms.push(form);
  }
  return forms;
}

/** The hrefs of an error summary's links (`#field-id`), or null when the page shows no summary. */
export function errorSummaryLinks(html: string): string[] | null {
  const summary = html.match(/<div[^>]*data-error-summary[^>]*>([\s\S]*?)<\/div>\s*<\/div>/)?.[1];
  if (summary === undefined) return null;
  return [...summary.matchAll(/<a\b[^>]*href="([^"]*)"/g)].map((m) => m[1]!);
}

/** Whether an element with this id is in the HTML. */
export function hasId(html: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\sid="${escaped}"`).test(html);
}
