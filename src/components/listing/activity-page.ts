/**
 * The activity pages: create (`/forening/<associationId>/aktiviteter/ny`) and edit
 * (`/forening/aktivitet/<activityId>`). GET shows the form (an edit shows the proposed values
 * when a change waits for review); POST checks it, saves through the listing engine and redirects
 * with a notice, or shows the form again as sent with the messages (status 400).
 */
import type { AstroGlobal } from 'astro';
import { translator } from '../../i18n';
import { db } from '../../lib/db';
import { type ActivityValues, createActivity, ListingError, loadProposedValues, type PendingInfo, saveListing } from '../../lib/listing';
import {
  activityFormState,
  associationPlaces,
  districtOptions,
  type EditableListing,
  type FieldErrors,
  newActivityFormState,
  parseActivityForm,
  type RawForm,
  termOptions,
} from '../../lib/listing/forms';
import { formData } from '../account/request';
import { attempt, guardListing } from './guard';
import { type Notice, noticesFromQuery, savedQuery } from './notices';

export interface ActivityPageProps {
  /** The activity being edited, or the association a new one is created for. */
  listing: EditableListing;
  isNew: boolean;
  state: RawForm;
  errors: FieldErrors;
  notices: Notice[];
  pending: PendingInfo | null;
  reference: Awaited<ReturnType<typeof reference>>;
}

async function reference(associationId: string) {
  const [districts, terms, ownPlaces] = await Promise.all([
    districtOptions(db()),
    termOptions(db()),
    associationPlaces(db(), associationId),
  ]);
  return { districts, terms, ownPlaces };
}

/** The edit page of an activity, or a Response (redirect, 403, 429), or null for 404. */
export async function activityEditPage(Astro: AstroGlobal): Promise<Response | ActivityPageProps | null> {
  const guarded = await guardListing(Astro, 'activity', Astro.params.activityId ?? '');
  if (!guarded || guarded instanceof Response) return notFound(Astro, guarded);
  const { user, listing } = guarded;
  const locale = Astro.locals.locale;
  const here = `/forening/aktivitet/${listing.id}`;
  const refs = await reference(listing.associationId);
  const notices = noticesFromQuery(Astro.url, locale, 'activity', listing.administrationName[locale]);

  if (Astro.request.method === 'POST' && listing.status === 'archived') {
    // Kept for its history: the page says so instead of the form.
    Astro.response.status = 409;
    notices.push({ kind: 'error', text: translator(locale)('review.error.archived') });
  } else if (Astro.request.method === 'POST') {
    const parsed = parseActivityForm(await formData(Astro.request), locale, { ...refs, termIds: refs.terms.map((t) => t.id) });
    if (parsed.ok) {
      const saved = await attempt(() => saveListing(db(), { kind: 'activity', listingId: listing.id, values: parsed.data, actor: user }));
      if (!(saved instanceof ListingError)) return Astro.redirect(`${here}${savedQuery(saved, listing.status === 'draft')}`, 303);
      notices.push({ kind: 'error', text: `${translator(locale)('edit.error.saveFailed')} ${translator(locale)(saved.messageKey)}` });
    }
    Astro.response.status = 400;
    const proposed = await loadProposedValues(db(), 'activity', listing.id);
    return {
      listing,
      isNew: false,
      state: parsed.ok ? activityFormState(parsed.data) : parsed.state,
      errors: parsed.ok ? {} : parsed.errors,
      notices,
      pending: proposed?.pending ?? null,
      reference: refs,
    };
  }

  const proposed = await loadProposedValues(db(), 'activity', listing.id);
  if (!proposed) return notFound(Astro, null);
  return {
    listing,
    isNew: false,
    state: activityFormState(proposed.values as ActivityValues),
    errors: {},
    notices,
    pending: proposed.pending,
    reference: refs,
  };
}

/** The page that creates an activity for an association, or a Response, or null for 404. */
export async function activityNewPage(Astro: AstroGlobal): Promise<Response | ActivityPageProps | null> {
  const guarded = await guardListing(Astro, 'association', Astro.params.associationId ?? '');
  if (!guarded || guarded instanceof Response) return notFound(Astro, guarded);
  const { user, listing } = guarded;
  const locale = Astro.locals.locale;
  const refs = await reference(listing.associationId);
  const notices: Notice[] = [];

  if (Astro.request.method === 'POST') {
    const parsed = parseActivityForm(await formData(Astro.request), locale, { ...refs, termIds: refs.terms.map((t) => t.id) });
    if (parsed.ok) {
      const created = await attempt(() => createActivity(db(), { associationId: listing.associationId, values: parsed.data, actor: user }));
      if (!(created instanceof ListingError)) return Astro.redirect(`/forening/aktivitet/${created.id}?oprettet=1`, 303);
      notices.push({ kind: 'error', text: `${translator(locale)('edit.error.saveFailed')} ${translator(locale)(created.messageKey)}` });
    }
    Astro.response.status = 400;
    return {
      listing,
      isNew: true,
      state: parsed.ok ? activityFormState(parsed.data) : parsed.state,
      errors: parsed.ok ? {} : parsed.errors,
      notices,
      pending: null,
      reference: refs,
    };
  }
  return { listing, isNew: true, state: newActivityFormState(), errors: {}, notices, pending: null, reference: refs };
}

function notFound(Astro: AstroGlobal, result: Response | null): Response | null {
  if (result) return result;
  Astro.response.status = 404;
  return null;
}
