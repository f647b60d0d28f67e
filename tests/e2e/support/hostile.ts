import { expect, type Page } from '@playwright/test';

/*
 * Hostile input: text that would run script if a page put it into HTML unescaped, or into a
 * link. Every payload tries to set `window.__xss`; a page that shows it as text leaves it unset.
 */

/** Payloads for text fields, each with a word that finds it again on a page. */
export const XSS_PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "{{constructor.constructor('window.__xss=1')()}}",
  "'><iframe srcdoc=\"<script>parent.__xss=1</script>\">",
] as const;

/** A text with a marker (to find it) followed by every payload. */
export const hostileText = (marker: string) => `${marker} ${XSS_PAYLOADS.join(' ')}`;

/** Addresses that run script when a link to them is followed. */
export const HOSTILE_URLS = ['javascript:window.__xss=1', 'JaVaScRiPt:window.__xss=1//.dk', 'data:text/html,<script>window.__xss=1</script>'];

/**
 * Asserts that nothing hostile ran or was made on the page: `window.__xss` is unset, no dialog
 * opened, no element came from a payload (a script with `__xss`, an element with an `on…`
 * attribute, an iframe with `srcdoc`), and every link and form target is http(s), mailto, tel
 * or a path on the site.
 */
export async function expectInert(page: Page, where = page.url()): Promise<void> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) problems.push('window.__xss was set');
    for (const script of Array.from(document.scripts)) if (script.textContent?.includes('__xss')) problems.push('a <script> with __xss');
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name) && attribute.value.includes('__xss')) problems.push(`<${element.localName} ${attribute.name}>`);
      }
    }
    if (document.querySelector('iframe[srcdoc]')) problems.push('an <iframe srcdoc>');
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      if (!/^(https?:|mailto:|tel:)$/.test(link.protocol)) problems.push(`a link to ${link.getAttribute('href')}`);
    }
    return problems;
  });
  expect(found, `hostile markup ran or was created on ${where}`).toEqual([]);
}

/**
 * Opens a page, checks it answers 200, that `marker` appears in its visible text together with
 * the payloads as literal text, and that nothing ran.
 */
export async function expectShownAsText(page: Page, path: string, marker: string, options: { payloads?: readonly string[] } = {}): Promise<void> {
  let dialog = '';
  const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => {
    dialog = d.message();
    void d.dismiss();
  };
  page.on('dialog', onDialog);
  const response = await page.goto(path);
  expect(response?.status(), `GET ${path}`).toBe(200);
  const text = await page.locator('body').innerText();
  expect(text, `${path} shows the marker`).toContain(marker);
  for (const payload of options.payloads ?? XSS_PAYLOADS.slice(0, 3)) expect(text, `${path} shows the payload as text`).toContain(payload);
  await expectInert(page, path);
  page.off('dialog', onDialog);
  expect(dialog, `a dialog opened on ${path}`).toBe('');
}
