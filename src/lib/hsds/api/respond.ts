import type { Database } from '../../../../db/client';
import { apiLocale } from '../../search/api';
import type { ParamProblem } from '../../search/values';
import { hsdsOrganizations, hsdsServices } from '../dataset';
import { hsdsMetadata } from '../metadata';
import { organizationIdPage, serviceIdPage, type IdPage } from './lists';
import { parseListParams, type ListParams } from './params';
import { searchServiceIds, type ServiceSearchDeps } from './search';

export type HsdsApiDeps = ServiceSearchDeps & { db: Database };

/** HSDS paging around `contents` (the Page schema of the HSDS OpenAPI). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  /** How many items this page holds. */
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

// Public data: anyone may read it from any site. Cached a little, as listings change by review.
const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'access-control-allow-origin': '*',
  'cache-control': 'public, max-age=300',
};
const ERROR_HEADERS = { ...HEADERS, 'cache-control': 'no-store', vary: 'Accept-Language' };

const NOT_FOUND = {
  da: 'Der er ingen offentlig %s med dette id.',
  en: 'There is no public %s with this id.',
};
const WHAT = { service: { da: 'aktivitet', en: 'service' }, organization: { da: 'forening', en: 'organization' } };

/** Paging fields for a page of `size` items out of `total`. */
export function hsdsPage<T>(params: Pick<ListParams, 'page' | 'perPage'>, total: number, contents: T[]): HsdsPage<T> {
  const totalPages = Math.ceil(total / params.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: params.page,
    size: contents.length,
    first_page: params.page === 1,
    last_page: params.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

function badRequest(problem: ParamProblem, locale: 'da' | 'en'): Response {
  return Response.json({ error: { parameter: problem.parameter, message: problem.message[locale] } }, { status: 400, headers: ERROR_HEADERS });
}

/** `GET /api/hsds/`: which HSDS this API speaks. */
export function hsdsRootResponse(): Response {
  return Response.json(hsdsMetadata(), { headers: HEADERS });
}

/** `GET /api/hsds/services` and `/api/hsds/organizations`: a page of fully nested objects. */
export async function hsdsListResponse(kind: 'service' | 'organization', url: URL, acceptLanguage: string | null, deps: HsdsApiDeps): Promise<Response> {
  const locale = apiLocale(url, acceptLanguage);
  const parsed = parseListParams(url.searchParams);
  if (!parsed.ok) return badRequest(parsed.problem, locale);
  const { params } = parsed;
  let page: IdPage;
  if (kind === 'service') {
    const rankedIds = params.search ? await searchServiceIds(deps, params.search) : undefined;
    page = await serviceIdPage(deps.db, { ...params, rankedIds });
  } else {
    page = await organizationIdPage(deps.db, params);
  }
  const contents: object[] = kind === 'service' ? await hsdsServices(deps.db, page.ids) : await hsdsOrganizations(deps.db, page.ids);
  return Response.json(hsdsPage(params, page.total, contents), { headers: HEADERS });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `GET /api/hsds/services/:id` and `/api/hsds/organizations/:id`: one fully nested object, or 404. */
export async function hsdsItemResponse(
  kind: 'service' | 'organization',
  id: string | undefined,
  url: URL,
  acceptLanguage: string | null,
  deps: Pick<HsdsApiDeps, 'db'>,
): Promise<Response> {
  // Not a UUID cannot be an id of ours; answering 404 at once also keeps it out of the SQL.
  const found = id && UUID.test(id) ? (kind === 'service' ? await hsdsServices(deps.db, [id]) : await hsdsOrganizations(deps.db, [id])) : [];
  const [item] = found;
  if (item) return Response.json(item, { headers: HEADERS });
  const locale = apiLocale(url, acceptLanguage);
  return Response.json({ error: { message: NOT_FOUND[locale].replace('%s', WHAT[kind][locale]) } }, { status: 404, headers: ERROR_HEADERS });
}
