/**
 * The association profile form (`/forening/<id>/profil`): field names in ./index.ts.
 */
import { z } from 'zod';
import { type Locale, translator } from '../../../i18n';
import type { AssociationValues } from '../values';
import { contactRows, contactState } from './contacts';
import { field, optionalEmail, optionalPhone, optionalText, optionalWebsite, requiredText, type Tr } from './fields';
import type { DistrictOption } from './places';
import { type ParseResult, type RawForm, readForm } from './read';
import { issuesToErrors } from './errors';

/** The checkbox groups of the profile form (none: contacts use radios). */
const MULTI: string[] = [];

/** The zod schema of the profile form, with messages in the reader's language. */
export function associationSchema(tr: Tr, districts: readonly Pick<DistrictOption, 'id'>[]) {
  return z.object({
    name: requiredText(tr, tr('edit.association.name'), 200),
    alternateName: optionalText(tr, tr('edit.association.alternateName'), 200),
    description: optionalText(tr, tr('edit.association.description'), 5000).transform((v) => v ?? ''),
    email: optionalEmail(tr),
    phone: optionalPhone(tr),
    website: optionalWebsite(tr),
    cvr: field<string | null>((v) => {
      const digits = v.replace(/\s/g, '');
      if (digits === '') return { value: null };
      return /^\d{8}$/.test(digits) ? { value: digits } : { error: tr('edit.error.cvr') };
    }),
    districtId: field<string | null>((v) =>
      v === '' ? { value: null } : districts.some((d) => d.id === v) ? { value: v } : { error: tr('edit.error.choice') },
    ),
    contacts: contactRows(tr),
  }) satisfies z.ZodType<AssociationValues, unknown>;
}

/** Reads and checks a sent profile form. */
export function parseAssociationForm(
  form: FormData,
  locale: Locale,
  districts: readonly Pick<DistrictOption, 'id'>[],
): ParseResult<AssociationValues> {
  const state = readForm(form, MULTI);
  const result = associationSchema(translator(locale), districts).safeParse(state);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: issuesToErrors(result.error.issues), state };
}

/** The profile's values as the form shows them, with empty rows for new contacts. */
export function associationFormState(values: AssociationValues): RawForm {
  return {
    name: values.name,
    alternateName: values.alternateName ?? '',
    description: values.description,
    email: values.email ?? '',
    phone: values.phone ?? '',
    website: values.website ?? '',
    cvr: values.cvr ?? '',
    districtId: values.districtId ?? '',
    contacts: contactState(values.contacts),
  };
}
