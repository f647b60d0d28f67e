/** The HSDS version our export and API follow. */
export const HSDS_VERSION = '3.0';

/** The answer of `GET /api/hsds/`: which HSDS this API speaks, as in the HSDS OpenAPI root response. */
export interface HsdsApiMetadata {
  version: string;
  profile: string;
  openapi_url: string;
}

/**
 * What `GET /api/hsds/` answers. We use no HSDS profile of our own: the data is plain HSDS 3.0
 * (our vocabularies are taxonomies, see README), so `profile` points to the specification itself
 * and `openapi_url` to its canonical OpenAPI file, of which we answer a read-only subset.
 */
export function hsdsMetadata(): HsdsApiMetadata {
  return {
    version: HSDS_VERSION,
    profile: 'https://github.com/openreferral/specification/tree/3.0',
    openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
  };
}
