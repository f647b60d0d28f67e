/**
 * The association profile page (`/forening/<associationId>/profil`): GET shows the profile (the
 * proposed values when a change waits for review); POST checks it, saves through the listing
 * engine and redirects with what was saved at once and what waits, or shows it again as sent.
 */
import type { AstroGlobal } from 'astro';
import { translator } from '../../i18n';
import { db } from '../../lib/db';
import { type AssociationValues, ListingError, loadProposedValues, type PendingInfo, saveListing } from '../../lib/listing';
import {
  associationFormState,
  type DistrictOption,
  districtOptions,
  type EditableListing,
  type FieldErrors,
  parseAssociationForm,
  type RawForm,
} from '../../lib/listing/forms';
import { formData } from '../account/request';
import { attempt, guardListing } from './guard';
import { type Notice, noticesFromQuery, savedQuery } from './notices';

export interface ProfilePageProps {
  listing: EditableListing;
  state: RawForm;
  errors: FieldErrors;
  notices: Notice[];
  pending: PendingInfo | null;
  districts: DistrictOption[];
}

/** The profile page, or a Response (redirect, 403, 429), or null for 404. */
export async function profilePage(Astro: AstroGlobal): Promise<Response | ProfilePageProps | null> {
  const guarded = await guardListing(Astro, 'association', Astro.params.associationId ?? '');
  if (!guarded || guarded instanceof Response) {
    if (!guarded) Astro.response.status = 404;
    return guarded;
  }
  const { user, listing } = guarded;
  const locale = Astro.locals.locale;
  const here = `/forening/${listing.id}/profil`;
  const districts = await districtOptions(db());
  const notices = noticesFromQuery(Astro.url, locale, 'association', listing.administrationName[locale]);
  let state: RawForm | null = null;
  let errors: FieldErrors = {};

  if (Astro.request.method === 'POST' && listing.status === 'archived') {
    Astro.response.status = 409;
    notices.push({ kind: 'error', text: translator(locale)('review.error.archived') });
  } else if (Astro.request.method === 'POST') {
    const parsed = parseAssociationForm(await formData(Astro.request), locale, districts);
    if (parsed.ok) {
      const saved = await attempt(() =>
        saveListing(db(), { kind: 'association', listingId: listing.id, values: parsed.data, actor: user }),
      );
      if (!(saved instanceof ListingError)) return Astro.redirect(`${here}${savedQuery(saved, listing.status === 'draft')}`, 303);
      const tr = translator(locale);
      notices.push({ kind: 'error', text: `${tr('edit.error.saveFailed')} ${tr(saved.messageKey)}` });
      state = associationFormState(parsed.data);
    } else {
      state = parsed.state;
      errors = parsed.errors;
    }
    Astro.response.status = 400;
  }

  const proposed = await loadProposedValues(db(), 'association', listing.id);
  if (!proposed) {
    Astro.response.status = 404;
    return null;
  }
  return {
    listing,
    state: state ?? associationFormState(proposed.values as AssociationValues),
    errors,
    notices,
    pending: proposed.pending,
    districts,
  };
}
