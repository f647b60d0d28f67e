import type { APIContext, AstroGlobal } from 'astro';
import type { SessionUser } from '../session/session';

type Context = Pick<AstroGlobal | APIContext, 'locals' | 'url' | 'redirect' | 'rewrite'>;

/**
 * Authenticates and authorises a page or endpoint in one call. Returns the user when allowed;
 * otherwise the response to send: to /login (with the way back) when nobody is logged in, or the
 * 403 page when the logged-in user may not. Use: `const user = await allow(Astro, (u) => mayReview(u, id));
 * if (user instanceof Response) return user;`
 */
export async function allow(context: Context, may: (user: SessionUser) => boolean = () => true): Promise<SessionUser | Response> {
  const user = context.locals.user;
  if (!user) {
    const next = context.url.pathname + context.url.search;
    return context.redirect(`/login?next=${encodeURIComponent(next)}`, 303);
  }
  if (!may(user)) return context.rewrite('/403');
  return user;
}

/** The path to send a user to after login: only paths on this site, never another host. */
export function safeNextPath(value: string | null | undefined, fallback = '/konto'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
