import { createHash } from 'node:crypto';

/**
 * The few classic scripts that must run while the page is still being parsed, before the first
 * paint, and so cannot be Astro's deferred module scripts. The policy forbids inline scripts except
 * by hash: astro.config.mjs hashes every script here into each page's script-src, and a page renders
 * one with `<script is:inline set:html={...} />`, so the text that is hashed is the text that runs.
 * Any other script belongs in a plain `<script>` in its component, which Astro bundles and hashes.
 */
export const inlineScripts = {
  /**
   * On a phone the search filters start folded so that the results come first; without JavaScript
   * they stay open. It runs right after the filter panel is parsed so that the page does not jump.
   */
  foldFiltersOnPhone:
    "{const panel=document.getElementById('filtre');" +
    "if(panel&&window.matchMedia('(max-width: 991.98px)').matches&&!panel.querySelector('.form-error-message'))panel.open=false;}",
} as const;

/** The CSP source of a script's text, e.g. `sha256-...` (base64 of the SHA-256 of its UTF-8 bytes). */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** The hashes of every script in {@link inlineScripts}, for the policy's script-src. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return Object.values(inlineScripts).map(scriptHash);
}
