import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type APIRequestContext, type APIResponse, expect, type PlaywrightWorkerArgs, test } from '@playwright/test';
import { demoGrantId } from '../../db/seed/data/grants';
import { csrfFrom, loginRequest } from './support/session';

/*
 * The access matrix: every role over every route that changes or reveals non-public data, allowed
 * or denied, one test per role and route. Requests go without a browser. Bodies of POSTs are
 * invalid on purpose (a 400 proves the request passed authorisation, and nothing changes); a
 * denied POST carries the session's valid CSRF token, so that the page's own check answers.
 * To add a route: add a row to ROUTES (and, if it needs an id, find or make it in `measure`).
 */

const ROLES = ['anonymous', 'memberA', 'memberB', 'staffSof', 'coordinatorSof', 'staffBuf', 'coordinatorBuf', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Account = Exclude<Role, 'anonymous'>;

/** Member A and B belong to associations of two administrations (SOF and BUF); staff of both. */
const ACCOUNTS: Record<Account, string> = {
  memberA: 'medlem.valby-besoegstjeneste@indgang.example.dk',
  memberB: 'medlem.moedrenetvaerket-amager@indgang.example.dk',
  staffSof: 'medarbejder.sof@indgang.example.dk',
  coordinatorSof: 'koordinator.sof@indgang.example.dk',
  staffBuf: 'medarbejder.buf@indgang.example.dk',
  coordinatorBuf: 'koordinator.buf@indgang.example.dk',
  admin: 'admin@indgang.example.dk',
};
const LOGGED_IN: Account[] = ['memberA', 'memberB', 'staffSof', 'coordinatorSof', 'staffBuf', 'coordinatorBuf', 'admin'];
const STAFF: Account[] = ['staffSof', 'coordinatorSof', 'staffBuf', 'coordinatorBuf'];
const COORDINATORS: Account[] = ['coordinatorSof', 'coordinatorBuf'];
const ADMIN: Account[] = ['admin'];

/**
 * Ids read at the start from pages the privileged roles can see (the tests do not know the
 * database). Activities A and B are drafts the test creates and sends for approval, so that each
 * administration has a revision to look at; they are withdrawn and archived again afterwards.
 */
interface Ids {
  associationA: string;
  associationB: string;
  activityA: string;
  activityB: string;
  revisionA: string;
  revisionB: string;
  /** A problem report about association A (SOF's), made anonymously for the test. */
  reportA: string;
  administrationSof: string;
  user: string;
  term: string;
  /** An advisory session SOF publishes for the test, hosted with association A. */
  advisorySession: string;
}

interface Route {
  method: 'GET' | 'POST';
  /** How the matrix names the route. */
  path: string;
  url: (ids: Ids) => string;
  allowed: readonly Account[];
  /** The form a POST sends besides `_csrf`: invalid, unless the route must look at a real thing first. */
  form?: (ids: Ids) => Record<string, string>;
  /** The answer that means "passed authorisation", when not 200 (GET) or 400 (POST with an invalid form). */
  passed?: { status: number; location: RegExp };
  /** Roles refused with 404 instead of 403, so that an id reveals nothing. */
  hidden?: readonly Account[];
}

const get = (path: string, url: Route['url'], allowed: readonly Account[]): Route => ({ method: 'GET', path, url, allowed });
const post = (path: string, url: Route['url'], allowed: readonly Account[], form: Route['form'] = () => ({}), passed?: Route['passed']): Route => ({
  method: 'POST',
  path,
  url,
  allowed,
  form,
  passed,
});
const MEMBERS_AND_REVIEWERS_OF_A: Account[] = ['memberA', 'staffSof', 'coordinatorSof'];
const MEMBERS_AND_REVIEWERS_OF_B: Account[] = ['memberB', 'staffBuf', 'coordinatorBuf'];
/** The status endpoints answer an unknown action with a redirect back and an error, changing nothing. */
const badStatus = { status: 303, location: /fejl=invalidStatusChange/ };
/** Hosts of the test's advisory session (SOF owns it, association A hosts it); other hosts-to-be get 404. */
const ADVISORY_HOSTS: Account[] = ['memberA', 'staffSof', 'coordinatorSof'];
const NOT_ADVISORY_HOSTS: Account[] = ['memberB', 'staffBuf', 'coordinatorBuf'];

const ROUTES: Route[] = [
  // Accounts
  get('/konto', () => '/konto', LOGGED_IN),
  get('/forening/[A]/medlemmer', (i) => `/forening/${i.associationA}/medlemmer`, ['memberA']),
  post('/forening/[A]/medlemmer', (i) => `/forening/${i.associationA}/medlemmer`, ['memberA'], () => ({ action: 'invite', email: 'ikke-en-adresse' })),
  get('/forening/[B]/medlemmer', (i) => `/forening/${i.associationB}/medlemmer`, ['memberB']),
  post('/forening/[B]/medlemmer', (i) => `/forening/${i.associationB}/medlemmer`, ['memberB'], () => ({ action: 'invite', email: 'ikke-en-adresse' })),
  get('/forvaltning/inviter', () => '/forvaltning/inviter', COORDINATORS),
  post('/forvaltning/inviter', () => '/forvaltning/inviter', COORDINATORS, () => ({ kind: 'new', email: 'ikke-en-adresse' })),
  // Listing editing
  get('/forening', () => '/forening', ['memberA', 'memberB']),
  get('/forening/[A]/profil', (i) => `/forening/${i.associationA}/profil`, ['memberA']),
  post('/forening/[A]/profil', (i) => `/forening/${i.associationA}/profil`, ['memberA'], () => ({ name: '' })),
  get('/forening/[B]/profil', (i) => `/forening/${i.associationB}/profil`, ['memberB']),
  post('/forening/[B]/profil', (i) => `/forening/${i.associationB}/profil`, ['memberB'], () => ({ name: '' })),
  post('/forening/[A]/status', (i) => `/forening/${i.associationA}/status`, ['memberA'], () => ({ action: 'ingenting' }), badStatus),
  post('/forening/[B]/status', (i) => `/forening/${i.associationB}/status`, ['memberB'], () => ({ action: 'ingenting' }), badStatus),
  get('/forening/[A]/aktiviteter/ny', (i) => `/forening/${i.associationA}/aktiviteter/ny`, ['memberA']),
  post('/forening/[A]/aktiviteter/ny', (i) => `/forening/${i.associationA}/aktiviteter/ny`, ['memberA'], () => ({ name: '' })),
  get('/forening/aktivitet/[a]', (i) => `/forening/aktivitet/${i.activityA}`, ['memberA']),
  post('/forening/aktivitet/[a]', (i) => `/forening/aktivitet/${i.activityA}`, ['memberA'], () => ({ name: '' })),
  get('/forening/aktivitet/[b]', (i) => `/forening/aktivitet/${i.activityB}`, ['memberB']),
  post('/forening/aktivitet/[b]', (i) => `/forening/aktivitet/${i.activityB}`, ['memberB'], () => ({ name: '' })),
  post('/forening/aktivitet/[a]/status', (i) => `/forening/aktivitet/${i.activityA}/status`, ['memberA'], () => ({ action: 'ingenting' }), badStatus),
  post('/forening/aktivitet/[b]/status', (i) => `/forening/aktivitet/${i.activityB}/status`, ['memberB'], () => ({ action: 'ingenting' }), badStatus),
  get('/forening/historik/association/[A]', (i) => `/forening/historik/association/${i.associationA}`, MEMBERS_AND_REVIEWERS_OF_A),
  get('/forening/historik/association/[B]', (i) => `/forening/historik/association/${i.associationB}`, MEMBERS_AND_REVIEWERS_OF_B),
  get('/forening/historik/activity/[a]', (i) => `/forening/historik/activity/${i.activityA}`, MEMBERS_AND_REVIEWERS_OF_A),
  get('/forening/historik/activity/[b]', (i) => `/forening/historik/activity/${i.activityB}`, MEMBERS_AND_REVIEWERS_OF_B),
  // Confirming needs a real listing to find its owner; the member then confirms the test's own draft.
  post('/forening/bekraeft (activity a)', () => '/forening/bekraeft', ['memberA'], (i) => ({ kind: 'activity', listingId: i.activityA, back: '/forening' }), {
    status: 303,
    location: /^\/forening\?bekraeftet=/,
  }),
  // Review
  get('/forvaltning/godkendelser', () => '/forvaltning/godkendelser', STAFF),
  get('/forvaltning/godkendelser/[revision a]', (i) => `/forvaltning/godkendelser/${i.revisionA}`, ['staffSof', 'coordinatorSof']),
  post('/forvaltning/godkendelser/[revision a]', (i) => `/forvaltning/godkendelser/${i.revisionA}`, ['staffSof', 'coordinatorSof'], () => ({ decision: 'maaske' })),
  get('/forvaltning/godkendelser/[revision b]', (i) => `/forvaltning/godkendelser/${i.revisionB}`, ['staffBuf', 'coordinatorBuf']),
  post('/forvaltning/godkendelser/[revision b]', (i) => `/forvaltning/godkendelser/${i.revisionB}`, ['staffBuf', 'coordinatorBuf'], () => ({ decision: 'maaske' })),
  get('/forvaltning/indstillinger', () => '/forvaltning/indstillinger', COORDINATORS),
  post('/forvaltning/indstillinger', () => '/forvaltning/indstillinger', COORDINATORS, () => ({ exempt: 'ikke.et-felt' })),
  // Referrals (a referral's own pages answer 404 to whoever may not see it: tests/e2e/referral.spec.ts)
  get('/henvisninger', () => '/henvisninger', ['memberA', 'memberB', ...STAFF]),
  get('/henvisninger/ny', () => '/henvisninger/ny', STAFF),
  post('/henvisninger/ny', () => '/henvisninger/ny', STAFF, () => ({ name: '' })),
  // Personal data in referrals: one citizen's data, and the access log
  get('/forvaltning/borgerdata', () => '/forvaltning/borgerdata', COORDINATORS),
  post('/forvaltning/borgerdata', () => '/forvaltning/borgerdata', COORDINATORS, () => ({ action: 'search', email: '' })),
  post('/forvaltning/borgerdata/eksport', () => '/forvaltning/borgerdata/eksport', COORDINATORS, () => ({ email: '' })),
  get('/forvaltning/adgangslog', () => '/forvaltning/adgangslog', COORDINATORS),
  // Advisory sessions: coordinators publish and edit their administration's; hosts see the bookings
  get('/forvaltning/raadgivning', () => '/forvaltning/raadgivning', COORDINATORS),
  get('/forvaltning/raadgivning/ny', () => '/forvaltning/raadgivning/ny', COORDINATORS),
  post('/forvaltning/raadgivning/ny', () => '/forvaltning/raadgivning/ny', COORDINATORS, () => ({ topic: '' })),
  get('/forvaltning/raadgivning/[session]', (i) => `/forvaltning/raadgivning/${i.advisorySession}`, ['coordinatorSof']),
  post('/forvaltning/raadgivning/[session]', (i) => `/forvaltning/raadgivning/${i.advisorySession}`, ['coordinatorSof'], () => ({ action: 'save', topic: '' })),
  get('/vaert', () => '/vaert', ['memberA', 'memberB', ...STAFF]),
  { ...get('/vaert/[session]', (i) => `/vaert/${i.advisorySession}`, ADVISORY_HOSTS), hidden: NOT_ADVISORY_HOSTS },
  // An attendance form without rows: refused as broken (and the session has not started anyway).
  { ...post('/vaert/[session]', (i) => `/vaert/${i.advisorySession}`, ADVISORY_HOSTS), hidden: NOT_ADVISORY_HOSTS },
  // § 18 grants: coordinators record their own administration's, the admin any (the demo grant is SOF's; deleting is in grants.spec.ts)
  get('/rapporter/tilskud', () => '/rapporter/tilskud', [...COORDINATORS, ...ADMIN]),
  post('/rapporter/tilskud', () => '/rapporter/tilskud', [...COORDINATORS, ...ADMIN], () => ({ amount: 'mange penge' })),
  get('/rapporter/tilskud/csv', () => '/rapporter/tilskud/csv', [...COORDINATORS, ...ADMIN]),
  get('/rapporter/tilskud/[grant of SOF]', () => `/rapporter/tilskud/${demoGrantId(0)}`, ['coordinatorSof', ...ADMIN]),
  post('/rapporter/tilskud/[grant of SOF]', () => `/rapporter/tilskud/${demoGrantId(0)}`, ['coordinatorSof', ...ADMIN], () => ({ amount: 'mange penge' })),
  get('/rapporter/tilskud/[grant of SOF]/slet', () => `/rapporter/tilskud/${demoGrantId(0)}/slet`, ['coordinatorSof', ...ADMIN]),
  // Reports: coordinators see their own administration or all, the admin any one
  get('/rapporter', () => '/rapporter', [...COORDINATORS, ...ADMIN]),
  get('/rapporter?forvaltning=[SOF]', (i) => `/rapporter?forvaltning=${i.administrationSof}`, ['coordinatorSof', ...ADMIN]),
  get('/rapporter/csv/[table].csv', () => '/rapporter/csv/tilskud-liste.csv?forvaltning=alle', [...COORDINATORS, ...ADMIN]),
  get('/rapporter/aarsrapport/[year]', () => '/rapporter/aarsrapport/2025?forvaltning=alle', [...COORDINATORS, ...ADMIN]),
  get('/rapporter/aarsrapport/[year].pdf', () => '/rapporter/aarsrapport/2025.pdf?forvaltning=alle', [...COORDINATORS, ...ADMIN]),
  // Freshness and problem reports
  get('/forvaltning/foraeldede', () => '/forvaltning/foraeldede', STAFF),
  get('/forvaltning/fejlmeldinger', () => '/forvaltning/fejlmeldinger', STAFF),
  // Closing needs a real report to find its administration; SOF's staff then close the test's own report.
  post('/forvaltning/fejlmeldinger (report of A)', () => '/forvaltning/fejlmeldinger', ['staffSof', 'coordinatorSof'], (i) => ({ reportId: i.reportA, resolution: 'Lukket af adgangstesten.' }), {
    status: 303,
    location: /^\/forvaltning\/fejlmeldinger\?(afsluttet|allerede)=1$/,
  }),
  // Administration
  get('/admin', () => '/admin', ADMIN),
  get('/admin/forvaltninger', () => '/admin/forvaltninger', ADMIN),
  get('/admin/forvaltninger/ny', () => '/admin/forvaltninger/ny', ADMIN),
  post('/admin/forvaltninger/ny', () => '/admin/forvaltninger/ny', ADMIN, () => ({ nameDa: '' })),
  get('/admin/forvaltninger/[SOF]', (i) => `/admin/forvaltninger/${i.administrationSof}`, ADMIN),
  post('/admin/forvaltninger/[SOF]', (i) => `/admin/forvaltninger/${i.administrationSof}`, ADMIN, () => ({ nameDa: '' })),
  get('/admin/brugere', () => '/admin/brugere', ADMIN),
  get('/admin/brugere/ny', () => '/admin/brugere/ny', ADMIN),
  post('/admin/brugere/ny', () => '/admin/brugere/ny', ADMIN, () => ({ name: '' })),
  get('/admin/brugere/[user]', (i) => `/admin/brugere/${i.user}`, ADMIN),
  post('/admin/brugere/[user]', (i) => `/admin/brugere/${i.user}`, ADMIN, () => ({ _action: 'save', name: '' })),
  get('/admin/taksonomi', () => '/admin/taksonomi', ADMIN),
  get('/admin/taksonomi/ny', () => '/admin/taksonomi/ny', ADMIN),
  post('/admin/taksonomi/ny', () => '/admin/taksonomi/ny', ADMIN, () => ({ nameDa: '' })),
  get('/admin/taksonomi/[term]', (i) => `/admin/taksonomi/${i.term}`, ADMIN),
  post('/admin/taksonomi/[term]', (i) => `/admin/taksonomi/${i.term}`, ADMIN, () => ({ _action: 'save', nameDa: '' })),
  get('/admin/api-noegler', () => '/admin/api-noegler', ADMIN),
  post('/admin/api-noegler', () => '/admin/api-noegler', ADMIN, () => ({ administrationId: '', name: '' })),
  get('/admin/import', () => '/admin/import', ADMIN),
  post('/admin/import', () => '/admin/import', ADMIN, () => ({ step: 'preview' })),
  get('/admin/henvisning', () => '/admin/henvisning', ADMIN),
  // An administration that does not exist: refused beside its row, the table unchanged.
  post('/admin/henvisning', () => '/admin/henvisning', ADMIN, () => ({ 'regel.ingen-term': 'ingen-forvaltning' })),
];

/** What a request came to: `ok` (allowed), `login` (sent to log in) or `403`; anything else is shown as it was. */
type Outcome = string;

function expected(route: Route, role: Role): Outcome {
  if (role === 'anonymous') return 'login';
  return route.allowed.includes(role) ? 'ok' : route.hidden?.includes(role) ? '404' : '403';
}

/** The 403 page's heading when the CSRF check (not the page) refused: the token was wrong, a fault of the test. */
const CSRF_REFUSAL = 'Formularen er for gammel';

async function outcomeOf(route: Route, response: APIResponse): Promise<Outcome> {
  const status = response.status();
  const location = response.headers()['location'] ?? '';
  if ((status === 302 || status === 303) && location.startsWith('/login')) return 'login';
  if (status === 403) return (await response.text()).includes(CSRF_REFUSAL) ? 'csrf' : '403';
  if (route.passed) return status === route.passed.status && route.passed.location.test(location) ? 'ok' : `${status} ${location}`.trim();
  if (route.method === 'GET' && status === 200) return 'ok';
  // A POST that passed authorisation and was refused as invalid: nothing changed.
  if (route.method === 'POST' && status === 400) return 'ok';
  return String(status);
}

const key = (route: Route) => `${route.method} ${route.path}`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The id in the first link `prefix<id>suffix` of `html`; with `text`, of the link with that text. */
function idIn(html: string, prefix: string, options: { suffix?: string; text?: string } = {}): string {
  const link = `href="${prefix}(${UUID})${options.suffix ?? ''}"`;
  const id = html.match(new RegExp(options.text ? `${link}[^>]*>\\s*${options.text}\\s*<` : link))?.[1];
  if (!id) throw new Error(`No link ${prefix}<id>${options.suffix ?? ''}${options.text ? ` named ${options.text}` : ''} found`);
  return id;
}

async function page(context: APIRequestContext, url: string): Promise<string> {
  const response = await context.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return response.text();
}

/** A logged-in (or anonymous) request context with the CSRF token of its session. */
interface Session {
  context: APIRequestContext;
  token: string;
}

/** A draft activity a member makes and sends for approval: its id and the waiting revision's. */
async function draftSentForApproval(member: Session, associationId: string, name: string): Promise<{ activity: string; revision: string }> {
  const created = await member.context.post(`/forening/${associationId}/aktiviteter/ny`, {
    form: { _csrf: member.token, kind: 'offer', name, summary: 'Lavet af adgangstesten og trukket tilbage igen.', isFree: 'true', languages: 'da' },
    maxRedirects: 0,
  });
  const activity = (created.headers()['location'] ?? '').match(new RegExp(`^/forening/aktivitet/(${UUID})`))?.[1];
  if (!activity) throw new Error(`Creating an activity answered ${created.status()}: ${(await created.text()).slice(0, 300)}`);
  const sent = await member.context.post(`/forening/aktivitet/${activity}/status`, { form: { _csrf: member.token, action: 'submit' }, maxRedirects: 0 });
  expect(sent.headers()['location'], 'sending the draft for approval').toMatch(/status=submit/);
  const revision = (await page(member.context, `/forening/aktivitet/${activity}`)).match(new RegExp(`name="revisionId" value="(${UUID})"`))?.[1];
  if (!revision) throw new Error(`The page of activity ${activity} shows no waiting revision`);
  return { activity, revision };
}

/** Leaves no trace in the review queues: the revision is withdrawn and the draft archived. */
async function withdrawAndArchive(member: Session, draft: { activity: string; revision: string }): Promise<void> {
  const steps: Record<string, string>[] = [{ action: 'withdraw', revisionId: draft.revision }, { action: 'archive', confirm: 'yes' }];
  for (const form of steps) {
    await member.context.post(`/forening/aktivitet/${draft.activity}/status`, { form: { _csrf: member.token, ...form }, maxRedirects: 0 });
  }
}

/** The Copenhagen date of tomorrow, `YYYY-MM-DD`. */
const tomorrow = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(Date.now() + 86_400_000));

/** An advisory session the coordinator publishes with an association as co-host; its id from the coordinator's list. */
async function advisorySessionOf(coordinator: Session, associationId: string, topic: string): Promise<string> {
  const made = await coordinator.context.post('/forvaltning/raadgivning/ny', {
    form: {
      _csrf: coordinator.token,
      topic,
      description: 'Lavet af adgangstesten og aflyst igen.',
      hostAssociationIds: associationId,
      onlineUrl: 'https://moede.example.dk/adgangstest',
      date: tomorrow(),
      startTime: '10.00',
      endTime: '11.00',
      capacity: '5',
      waitingList: 'yes',
      audience: 'citizens',
      languages: 'da',
      repeat: 'none',
    },
    maxRedirects: 0,
  });
  expect(made.headers()['location'], 'publishing an advisory session').toBe('/forvaltning/raadgivning?oprettet=1');
  const html = await page(coordinator.context, '/forvaltning/raadgivning');
  const at = html.indexOf(topic);
  const id = at < 0 ? undefined : html.slice(at).match(new RegExp(`href="/vaert/(${UUID})"`))?.[1];
  if (!id) throw new Error('The new advisory session is not in the coordinator\'s list');
  return id;
}

/** An anonymous problem report about an association; its id as the responsible staff see it. */
async function reportAbout(anonymous: Session, staff: Session, associationSlug: string, text: string): Promise<string> {
  const sent = await anonymous.context.post(`/fejlmelding?forening=${associationSlug}`, {
    form: { _csrf: anonymous.token, reason: 'other', message: text },
    maxRedirects: 0,
  });
  expect(sent.status(), 'reporting a problem').toBe(303);
  const html = await page(staff.context, '/forvaltning/fejlmeldinger');
  const at = html.indexOf(text);
  const id = at < 0 ? undefined : html.slice(at).match(new RegExp(`name="reportId" value="(${UUID})"`))?.[1];
  if (!id) throw new Error('The new report is not in the staff list of reports');
  return id;
}

type Matrix = Record<string, Record<Role, Outcome>>;

/** Logs every role in, finds and makes what the routes need, sends every request once, and tidies up. */
async function measure(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string): Promise<Matrix> {
  // Astro refuses form posts whose Origin is not the site's own, as browsers send it.
  const options = { baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } };
  const as = {} as Record<Role, Session>;
  const anonymous = await playwright.request.newContext(options);
  // An anonymous visitor gets a valid token of their own, so that the page's login check answers, not the CSRF check.
  as.anonymous = { context: anonymous, token: csrfFrom(await page(anonymous, '/login')) };
  await Promise.all(
    LOGGED_IN.map(async (role) => {
      const context = await playwright.request.newContext(options);
      await loginRequest(context, ACCOUNTS[role]);
      as[role] = { context, token: csrfFrom(await page(context, '/konto')) };
    }),
  );
  const run = Math.random().toString(36).slice(2, 8);
  const drafts: { member: Session; draft: { activity: string; revision: string } }[] = [];
  let advisorySession: string | undefined;
  try {
    const associationA = idIn(await page(as.memberA.context, '/konto'), '/forening/', { suffix: '/medlemmer' });
    const associationB = idIn(await page(as.memberB.context, '/konto'), '/forening/', { suffix: '/medlemmer' });
    const a = await draftSentForApproval(as.memberA, associationA, `Adgangstest A ${run}`);
    drafts.push({ member: as.memberA, draft: a });
    const b = await draftSentForApproval(as.memberB, associationB, `Adgangstest B ${run}`);
    drafts.push({ member: as.memberB, draft: b });
    advisorySession = await advisorySessionOf(as.coordinatorSof, associationA, `Adgangstest rådgivning ${run}`);
    const ids: Ids = {
      associationA,
      associationB,
      activityA: a.activity,
      activityB: b.activity,
      revisionA: a.revision,
      revisionB: b.revision,
      reportA: await reportAbout(as.anonymous, as.staffSof, 'valby-besoegstjeneste', `Adgangstest ${run}: intet galt, lukkes af testen.`),
      administrationSof: idIn(await page(as.admin.context, '/admin/forvaltninger'), '/admin/forvaltninger/', { text: 'Socialforvaltningen' }),
      user: idIn(await page(as.admin.context, '/admin/brugere?q=medarbejder.bif'), '/admin/brugere/'),
      term: idIn(await page(as.admin.context, '/admin/taksonomi'), '/admin/taksonomi/', { text: 'Ældre' }),
      advisorySession,
    };

    const matrix: Matrix = {};
    for (const route of ROUTES) matrix[key(route)] = {} as Record<Role, Outcome>;
    await Promise.all(
      ROLES.map(async (role) => {
        const { context, token } = as[role];
        for (const route of ROUTES) {
          const url = route.url(ids);
          const response =
            route.method === 'GET'
              ? await context.get(url, { maxRedirects: 0 })
              : await context.post(url, { form: { _csrf: token, ...route.form?.(ids) }, maxRedirects: 0 });
          matrix[key(route)]![role] = await outcomeOf(route, response);
        }
      }),
    );
    return matrix;
  } finally {
    for (const { member, draft } of drafts) await withdrawAndArchive(member, draft);
    if (advisorySession) {
      const sof = as.coordinatorSof;
      await sof.context.post(`/forvaltning/raadgivning/${advisorySession}`, { form: { _csrf: sof.token, action: 'confirmCancel' }, maxRedirects: 0 });
    }
    await Promise.all(Object.values(as).map((s) => s.context.dispose()));
  }
}

/** The whole matrix as a table; a cell that differs from the expectation shows `got≠expected`. */
function render(matrix: Matrix): string {
  const width = Math.max(...ROUTES.map((r) => key(r).length));
  const head = ['route'.padEnd(width), ...ROLES.map((r) => r.padEnd(14))].join(' | ');
  const lines = ROUTES.map((route) =>
    [
      key(route).padEnd(width),
      ...ROLES.map((role) => {
        const got = matrix[key(route)]?.[role] ?? '?';
        const want = expected(route, role);
        return (got === want ? got : `${got}≠${want} ✗`).padEnd(14);
      }),
    ].join(' | '),
  );
  return ['', head, '-'.repeat(head.length), ...lines].join('\n');
}

/**
 * The matrix is measured once per run and shared through a file: Playwright restarts a worker
 * after a failed test, and the workers need not each log in and send every request again. The
 * file lives in the portal's data directory, which is new for every run and deleted after it.
 */
async function matrixOfThisRun(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string): Promise<Matrix> {
  const file = join(process.env.E2E_DATA_DIR ?? tmpdir(), 'access-matrix.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Matrix;
  } catch {
    const matrix = await measure(playwright, baseURL);
    writeFileSync(`${file}.${process.pid}`, JSON.stringify(matrix));
    renameSync(`${file}.${process.pid}`, file);
    return matrix;
  }
}

test.describe('who may do what', () => {
  test.describe.configure({ timeout: 180_000 });
  let matrix: Matrix;

  test.beforeAll(async ({ playwright }, info) => {
    matrix = await matrixOfThisRun(playwright, String(info.project.use.baseURL));
  });

  for (const route of ROUTES) {
    for (const role of ROLES) {
      const want = expected(route, role);
      const verb = want === 'ok' ? 'may' : 'may not';
      test(`${role} ${verb} ${route.method} ${route.path}`, () => {
        expect(matrix[key(route)]?.[role], `${role} ${route.method} ${route.path}; the whole matrix:${render(matrix)}`).toBe(want);
      });
    }
  }
});

test.describe('a change without a CSRF token', () => {
  // No login and no token: the CSRF check refuses before any page code runs, so any id will do.
  const anyId = '00000000-0000-4000-8000-000000000000';
  const ids: Ids = {
    associationA: anyId,
    associationB: anyId,
    activityA: anyId,
    activityB: anyId,
    revisionA: anyId,
    revisionB: anyId,
    reportA: anyId,
    administrationSof: anyId,
    user: anyId,
    term: anyId,
    advisorySession: anyId,
  };
  for (const route of ROUTES.filter((r) => r.method === 'POST')) {
    test(`is refused: POST ${route.path}`, async ({ request, baseURL }) => {
      const response = await request.post(route.url(ids), {
        form: route.form?.(ids) ?? {},
        headers: { origin: new URL(baseURL!).origin },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(403);
      expect(await response.text()).toContain(CSRF_REFUSAL);
    });
  }
});
