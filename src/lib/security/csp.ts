/**
 * The Content-Security-Policy directives besides script-src and style-src, in one place. Astro
 * (security.csp in astro.config.mjs) sends them in the policy header of every page it renders,
 * together with the hashes of that page's scripts and styles. Kept free of imports so that the
 * Astro config can load it. See docs/decisions/017-content-security-policy.md.
 */

/** Map tiles come from OpenStreetMap's tile server as plain images (Leaflet <img> elements). */
export const TILE_ORIGIN = 'https://tile.openstreetmap.org';

/**
 * What holds for any response, whoever rendered it: no page may be framed (clickjacking;
 * frame-ancestors works only in a header, never in a <meta>), no plugins, no foreign <base>, and
 * forms post only to the portal. The headers middleware sends these alone where Astro sent no
 * policy: endpoints, redirects, files, and pages under `astro dev`, where Astro hashes nothing.
 */
export const BASE_DIRECTIVES = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/** Every directive of a rendered page except script-src and style-src, which Astro writes with its hashes. */
export const CSP_DIRECTIVES = [
  // Anything not named below comes from the portal itself only.
  "default-src 'self'",
  // Tiles from OpenStreetMap; data: for the small icons the design system's and Leaflet's CSS embed.
  `img-src 'self' data: ${TILE_ORIGIN}`,
  "font-src 'self'",
  // The search island and the live form checks ask the portal's own API only.
  "connect-src 'self'",
  ...BASE_DIRECTIVES,
] as const;

/** The policy of a response Astro did not give one (see {@link BASE_DIRECTIVES}). */
export const FALLBACK_CSP = BASE_DIRECTIVES.join('; ');
