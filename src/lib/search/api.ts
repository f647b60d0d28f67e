import { search, type SearchDeps } from '../../../search/search';
import { parseSearchParams } from './params';

type Locale = 'da' | 'en';

/**
 * The language of an API answer: `locale=en` (or `da`) in the URL, else the language the client's
 * Accept-Language prefers of the two, else Danish.
 */
export function apiLocale(url: URL, acceptLanguage: string | null): Locale {
  const asked = url.searchParams.get('locale');
  if (asked === 'da' || asked === 'en') return asked;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...options] = part.trim().toLowerCase().split(';');
    const language = tag.split('-')[0];
    if (language !== 'da' && language !== 'en') continue;
    const qOption = options.find((o) => o.trim().startsWith('q='));
    const q = qOption ? Number(qOption.trim().slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { locale: language, q };
  }
  return best?.locale ?? 'da';
}

const HEADERS = { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' };

const UNAVAILABLE = {
  da: 'Søgningen virker ikke lige nu. Prøv igen om lidt.',
  en: 'Search is not working right now. Please try again shortly.',
};

/**
 * `GET /api/search`: parses the URL (400 naming the bad parameter, in the answer's language),
 * searches (Meilisearch, or PostgreSQL when it is down) and answers JSON. When even PostgreSQL
 * cannot answer, 503 with a message, and the cause in the log.
 */
export async function searchApiResponse(url: URL, acceptLanguage: string | null, deps: SearchDeps): Promise<Response> {
  const locale = apiLocale(url, acceptLanguage);
  try {
    const parsed = await parseSearchParams(url.searchParams, locale, deps.db);
    if (!parsed.ok) {
      return Response.json({ error: { parameter: parsed.parameter, message: parsed.message[locale] } }, { status: 400, headers: HEADERS });
    }
    return Response.json(await search(deps, parsed.params), { headers: HEADERS });
  } catch (error) {
    (deps.log ?? console).error({ err: error }, 'search failed');
    return Response.json({ error: { message: UNAVAILABLE[locale] } }, { status: 503, headers: HEADERS });
  }
}
