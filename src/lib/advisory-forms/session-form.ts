/**
 * The publish and edit form of an advisory session → the core's SessionInput. Every rule a
 * coordinator can break is checked here so that its message stands beside its field (400, values
 * kept); the core checks its invariants again, and its refusals are mapped by core-errors.ts.
 */
import type { Locale } from '../../i18n';
import { AdvisoryError, type SessionInput, sessionTimes } from '../advisory';
import type { FieldErrors } from '../forms/validate';
import type { Occurrence } from '../schedule';
import { checks } from './checks';
import { coreFieldErrors } from './core-errors';
import { AUDIENCES, CAPACITY_MAX, LIMITS, type SessionFormState, TOPIC_MIN } from './state';
import { readWhen, type WhenOptions, type WhenValue, WHEN_FIELDS } from './when';
import { readWhere } from './where';

/** The ids one may choose in the form's lists (anything else was crafted or has gone). */
export interface KnownChoices {
  termIds: ReadonlySet<string>;
  administrationIds: ReadonlySet<string>;
  associationIds: ReadonlySet<string>;
  districtIds: ReadonlySet<string>;
}

export type SessionFormResult = { ok: true; input: SessionInput; dates: Occurrence[] } | { ok: false; errors: FieldErrors };

const LANGUAGE = /^[a-z]{2}$/;

/**
 * The dates a valid "Hvornår?" and "Gentag" make, by the core's own rule (so the preview shows
 * exactly what publishing makes); the core's refusals (no dates, more than 53) as field errors.
 */
function datesOf(when: WhenValue, locale: Locale, repeatKind: string | undefined): { dates: Occurrence[]; errors: FieldErrors } {
  try {
    return { dates: sessionTimes(when), errors: {} };
  } catch (error) {
    if (error instanceof AdvisoryError) return { dates: [], errors: coreFieldErrors(error, locale, repeatKind) };
    throw error;
  }
}

/** "Vis datoer": only the when-part is read; its errors, or the dates it makes. Saves nothing. */
export function previewDates(state: SessionFormState, locale: Locale, options: WhenOptions): { dates: Occurrence[]; errors: FieldErrors } {
  const kit = checks(locale, state.values);
  const when = readWhen(kit, state.values, state.lists.weekdays, options);
  const errors = Object.fromEntries(Object.entries(kit.errors).filter(([field]) => (WHEN_FIELDS as readonly string[]).includes(field)));
  if (Object.keys(errors).length > 0) return { dates: [], errors };
  return datesOf(when, locale, state.values.repeat);
}

/** Reads the whole form. On failure the first message of each field comes back. */
export function readSessionForm(state: SessionFormState, locale: Locale, options: WhenOptions & { known: KnownChoices }): SessionFormResult {
  const { values, lists } = state;
  const kit = checks(locale, values);
  const { tr, fail, text, errors } = kit;

  const topic = text('topic', LIMITS.topic);
  if (topic === null || topic.length < TOPIC_MIN) fail('topic', tr('advisoryHost.error.topic'));
  const topicEn = text('topicEn', LIMITS.topic);
  const description = text('description', LIMITS.description);
  if (description === null) fail('description', tr('advisoryHost.error.description'));
  const descriptionEn = text('descriptionEn', LIMITS.description);
  const termIds = [...new Set(lists.termIds)];
  if (termIds.some((id) => !options.known.termIds.has(id))) fail('termIds', tr('advisoryHost.error.term'));
  const hostAdministrationIds = [...new Set(lists.hostAdministrationIds)];
  if (hostAdministrationIds.some((id) => !options.known.administrationIds.has(id))) fail('hostAdministrationIds', tr('advisoryHost.error.host'));
  const hostAssociationIds = [...new Set(lists.hostAssociationIds)];
  if (hostAssociationIds.some((id) => !options.known.associationIds.has(id))) fail('hostAssociationIds', tr('advisoryHost.error.host'));

  const { place, onlineUrl } = readWhere(kit, values, options.known.districtIds);
  const when = readWhen(kit, values, lists.weekdays, options);

  const capacityText = (values.capacity ?? '').trim();
  const capacity = /^\d{1,4}$/.test(capacityText) ? Number(capacityText) : NaN;
  if (!(capacity >= 1 && capacity <= CAPACITY_MAX)) fail('capacity', tr('advisoryHost.error.capacity', { max: CAPACITY_MAX }));
  if (values.waitingList !== 'yes' && values.waitingList !== 'no') fail('waitingList', tr('advisoryHost.error.waitingList'));
  const audience = AUDIENCES.find((a) => a === values.audience);
  if (!audience) fail('audience', tr('advisoryHost.error.audience'));
  const languages = [...new Set(lists.languages)];
  if (languages.length === 0 || languages.some((code) => !LANGUAGE.test(code))) fail('languages', tr('advisoryHost.error.languages'));

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const { dates, errors: dateErrors } = datesOf(when, locale, values.repeat);
  if (Object.keys(dateErrors).length > 0) return { ok: false, errors: dateErrors };
  return {
    ok: true,
    dates,
    input: {
      topic: topic!,
      topicEn,
      description: description!,
      descriptionEn,
      hostAdministrationIds,
      hostAssociationIds,
      termIds,
      place,
      onlineUrl,
      date: when.date,
      startTime: when.startTime,
      endTime: when.endTime,
      capacity,
      waitingList: values.waitingList === 'yes',
      audience: audience!,
      languages,
      repeat: when.repeat,
    },
  };
}
