/**
 * The activity form (`/forening/<id>/aktiviteter/ny` and `/forening/aktivitet/<id>`): field names
 * in ./index.ts. Prices are typed in kroner and stored in øre.
 */
import { z } from 'zod';
import { type Locale, translator } from '../../../i18n';
import type { ActivityValues, PlaceValue } from '../values';
import { contactRows, contactState } from './contacts';
import { issuesToErrors } from './errors';
import {
  checkedValues,
  crossCheck,
  field,
  oneOf,
  optionalEmail,
  optionalText,
  optionalWebsite,
  optionalWholeNumber,
  requiredText,
  ticked,
  type Tr,
} from './fields';
import { formatKroner, parseKroner } from './kroner';
import { addedPlaces, type DistrictOption, placeRows, placeState } from './places';
import { type ParseResult, type RawForm, readForm } from './read';
import { scheduleRows, scheduleState } from './schedules';

/** What the activity form is checked against: the districts, the taxonomy and the association's places. */
export interface ActivityFormContext {
  districts: readonly DistrictOption[];
  termIds: readonly string[];
  /** The association's places (with ids), to add to this activity or change. */
  ownPlaces: readonly PlaceValue[];
}

/** The languages always offered as checkboxes; others already chosen are shown too. */
export const LANGUAGE_CHOICES = ['da', 'en', 'ar', 'so', 'tr', 'ur', 'pl', 'uk', 'fa', 'ti'] as const;

/** Names that are checkbox groups: they send one value per ticked box. */
const MULTI = ['languages', 'termIds', 'addPlaceIds', 'byday', 'weeks'];

/** The zod schema of the activity form, with messages in the reader's language. */
export function activitySchema(tr: Tr, context: ActivityFormContext) {
  const fields = z.object({
    kind: oneOf(['offer', 'volunteer_role'] as const, tr('edit.error.kind')),
    name: requiredText(tr, tr('edit.activity.name'), 200),
    summary: requiredText(tr, tr('edit.activity.summary'), 400),
    summaryEn: optionalText(tr, tr('edit.activity.summaryEn'), 400),
    description: optionalText(tr, tr('edit.activity.description'), 5000).transform((v) => v ?? ''),
    howToJoin: optionalText(tr, tr('edit.activity.howToJoin'), 2000),
    eligibility: optionalText(tr, tr('edit.activity.eligibility'), 2000),
    isFree: oneOf(['true', 'false'] as const, tr('edit.error.choice'), 'true').transform((v) => v === 'true'),
    // Checked below, and only when the activity is not free: a price left in the box of a free activity is ignored.
    price: field<string>((v) => ({ value: v })),
    costDescription: optionalText(tr, tr('edit.activity.costDescription'), 300),
    languages: checkedValues.refine((codes) => codes.length > 0, { message: tr('edit.error.languages') }),
    minimumAge: optionalWholeNumber(tr('edit.error.age'), 0, 120),
    maximumAge: optionalWholeNumber(tr('edit.error.age'), 0, 120),
    takesReferrals: ticked,
    email: optionalEmail(tr),
    website: optionalWebsite(tr),
    termIds: checkedValues,
    places: placeRows(tr, context.districts, context.ownPlaces),
    addPlaceIds: addedPlaces(tr, context.ownPlaces),
    schedules: scheduleRows(tr),
    contacts: contactRows(tr),
  });
  return fields
    .check(
      crossCheck<z.output<typeof fields>>((a, issue) => {
        if (a.isFree === false && a.price !== undefined) {
          const ore = parseKroner(a.price);
          if (a.price === '') issue('price', tr('edit.error.priceRequired'));
          else if (ore === null) issue('price', tr('edit.error.price'));
          else if (ore === 0) issue('price', tr('edit.error.priceZero'));
        }
        if (typeof a.minimumAge === 'number' && typeof a.maximumAge === 'number' && a.maximumAge < a.minimumAge) {
          issue('maximumAge', tr('edit.error.ageOrder'));
        }
        if (a.languages?.some((code) => !/^[a-z]{2}$/.test(code))) issue('languages', tr('edit.error.choice'));
        if (a.termIds?.some((id) => !context.termIds.includes(id))) issue('termIds', tr('edit.error.choice'));
      }),
    )
    .transform(({ price, addPlaceIds, places, ...a }): ActivityValues => {
      // A place ticked in the list and also shown as a row is held once.
      const rowIds = new Set(places.map((p) => p.id));
      return {
        ...a,
        priceOre: a.isFree ? null : parseKroner(price),
        places: [...places, ...addPlaceIds.filter((p) => !rowIds.has(p.id))],
      };
    });
}

/** Reads and checks a sent activity form. */
export function parseActivityForm(form: FormData, locale: Locale, context: ActivityFormContext): ParseResult<ActivityValues> {
  const state = readForm(form, MULTI);
  const result = activitySchema(translator(locale), context).safeParse(state);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: issuesToErrors(result.error.issues), state };
}

/** An activity's values as the form shows them, with empty rows for a new place, schedule and contacts. */
export function activityFormState(values: ActivityValues): RawForm {
  return {
    kind: values.kind,
    name: values.name,
    summary: values.summary,
    summaryEn: values.summaryEn ?? '',
    description: values.description,
    howToJoin: values.howToJoin ?? '',
    eligibility: values.eligibility ?? '',
    isFree: values.isFree ? 'true' : 'false',
    price: values.priceOre === null ? '' : formatKroner(values.priceOre),
    costDescription: values.costDescription ?? '',
    languages: [...values.languages],
    minimumAge: values.minimumAge === null ? '' : String(values.minimumAge),
    maximumAge: values.maximumAge === null ? '' : String(values.maximumAge),
    takesReferrals: values.takesReferrals ? 'true' : '',
    email: values.email ?? '',
    website: values.website ?? '',
    termIds: [...values.termIds],
    places: placeState(values.places),
    addPlaceIds: [],
    schedules: scheduleState(values.schedules),
    contacts: contactState(values.contacts),
  };
}

/** The form of a new activity: nothing chosen but the defaults most activities have (free, in Danish). */
export function newActivityFormState(): RawForm {
  return {
    ...activityFormState({
      kind: 'offer',
      name: '',
      summary: '',
      summaryEn: null,
      description: '',
      howToJoin: null,
      eligibility: null,
      isFree: true,
      priceOre: null,
      costDescription: null,
      languages: ['da'],
      minimumAge: null,
      maximumAge: null,
      takesReferrals: false,
      email: null,
      website: null,
      termIds: [],
      places: [],
      schedules: [],
      contacts: [],
    }),
    // The kind is a real choice (help or a volunteer job): nothing is ticked in advance.
    kind: '',
  };
}
