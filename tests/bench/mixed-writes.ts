/**
 * The writing part of the mixed load: advisory bookings and problem reports through the public
 * forms (with their CSRF cookie and token, and the booking form's signed time, fetched before the
 * clock starts so that every form is older than the 3 seconds a person needs), and referrals
 * through the API with a case system's bearer token and a unique Idempotency-Key.
 */
import type { MixedFixtures } from './mixed-fixtures';
import { type HttpClient, type HttpRequest, inputValue, setCookie } from './mixed-http';

/** A form as a citizen's browser holds it after showing the page. */
export interface ShownForm {
  path: string;
  cookie: string;
  csrf: string;
  /** The booking form's signed time (`formular`); none on the report form. */
  formToken?: string;
}

const CSRF_COOKIE = 'indgang_csrf';
const FIRST_NAMES = ['Inge', 'Bent', 'Aisha', 'Poul', 'Karen', 'Mads', 'Fatima', 'Jens', 'Birthe', 'Omar', 'Lone', 'Erik'];
const LAST_NAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Larsen', 'Sørensen', 'Rasmussen', 'Ali', 'Christensen'];
const REASONS = ['wrong_address', 'wrong_phone', 'wrong_time', 'no_longer_exists', 'other'];

const nameOf = (n: number) => `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length]}`;

/** Shows `count` forms at `paths` (round robin) and keeps what a browser would keep of each. */
export async function showForms(client: HttpClient, paths: string[], count: number, headers: (n: number) => Record<string, string>): Promise<ShownForm[]> {
  const forms: ShownForm[] = [];
  const one = async (n: number) => {
    const path = paths[n % paths.length]!;
    const res = await client.send({ method: 'GET', path, headers: headers(n) });
    const cookie = setCookie(res, CSRF_COOKIE);
    const csrf = inputValue(res.body, '_csrf');
    if (res.status !== 200 || !cookie || !csrf) throw new Error(`the form at ${path} answered ${res.status} without its CSRF token`);
    forms.push({ path, cookie, csrf, formToken: inputValue(res.body, 'formular') });
  };
  // Ten at a time: quick, without being a load of its own.
  for (let from = 0; from < count; from += 10) {
    await Promise.all(Array.from({ length: Math.min(10, count - from) }, (_, i) => one(from + i)));
  }
  return forms;
}

/** The form paths: each bookable session's page, and the report form of demo activities. */
export function formPaths(f: MixedFixtures): { booking: string[]; report: string[] } {
  return {
    booking: f.sessions.map((s) => `/raadgivning/${encodeURIComponent(s)}`),
    report: f.activities.filter((a) => !a.startsWith('syntetisk-')).map((a) => `/fejlmelding?aktivitet=${encodeURIComponent(a)}`),
  };
}

function formPost(form: ShownForm, origin: string, fields: Record<string, string>): HttpRequest {
  return {
    method: 'POST',
    path: form.path,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${CSRF_COOKIE}=${form.cookie}`, origin },
    body: new URLSearchParams({ _csrf: form.csrf, hjemmeside: '', ...fields }).toString(),
  };
}

/** A booking of a seat by citizen `n` (a unique e-mail: one person books a session once). */
export function bookingRequest(form: ShownForm, origin: string, run: string, n: number): HttpRequest {
  if (!form.formToken) throw new Error(`the booking form at ${form.path} has no form token`);
  return formPost(form, origin, {
    formular: form.formToken,
    name: nameOf(n),
    email: `belastning.${run}.${n}@example.dk`,
    phone: '',
    note: '',
    consent: 'ja',
  });
}

/** A problem report ("Meld en fejl") on an activity. */
export function reportRequest(form: ShownForm, origin: string, n: number): HttpRequest {
  const reason = REASONS[n % REASONS.length]!;
  return formPost(form, origin, { reason, message: reason === 'other' ? 'Telefonnummeret er lukket, og de mødes et andet sted nu.' : '', email: '' });
}

/** A referral from a case system: a unique Idempotency-Key, as a case system sends one per case. */
export function referralRequest(f: MixedFixtures, run: string, n: number): HttpRequest {
  const target = f.activities[(n * 7919) % f.activities.length]!;
  return {
    method: 'POST',
    path: '/api/referrals',
    headers: {
      authorization: `Bearer ${f.apiTokens[n % f.apiTokens.length]}`,
      'content-type': 'application/json',
      'idempotency-key': `belastning-${run}-${n}`,
    },
    body: JSON.stringify({
      target: { activity: target },
      citizen: { name: nameOf(n), phone: '12 34 56 78', email: null, preferredContact: 'phone', goodTimes: 'Formiddag', needs: 'Vil gerne møde andre' },
      consent: { method: 'oral', givenAt: new Date().toISOString(), scope: 'Forvaltningen og foreningen' },
      urgency: 'normal',
      noteToReceiver: 'Sendt af belastningstesten',
    }),
  };
}
