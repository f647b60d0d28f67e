/**
 * The association's edit forms: sent forms → `AssociationValues` / `ActivityValues` (checked with
 * zod, messages in Danish or English beside each field), and values → what the form shows.
 *
 * Field names are stable: tests and other pages fill them by name. A repeated group is
 * `<group>.<row>.<field>` with rows counted from 0; an existing row carries its hidden `id`; a
 * ticked `remove` ("Fjern") drops the row; a new row left empty is ignored.
 *
 * Profile (`/forening/<associationId>/profil`):
 *   name, alternateName, description, email, phone, website, cvr (8 digits), districtId (select),
 *   contacts.N.{id, name, title, email, phone, visibility (radio public|internal), remove}
 *
 * Activity (`/forening/<associationId>/aktiviteter/ny`, `/forening/aktivitet/<activityId>`):
 *   kind (radio offer|volunteer_role), name, summary, summaryEn, description, howToJoin, eligibility,
 *   isFree (radio true|false), price (kroner: "25", "25,50"), costDescription,
 *   languages (checkboxes, ISO 639-1: da, en, ar, …), minimumAge, maximumAge,
 *   takesReferrals (checkbox "true"), email, website, termIds (checkboxes, taxonomy term ids),
 *   places.N.{id, name, address, postalCode, city, districtId, latitude, longitude,
 *             wheelchairAccessible (checkbox "true"), accessibilityNote, remove},
 *   addPlaceIds (checkboxes: the association's other places, by id),
 *   schedules.N.{freq (WEEKLY|MONTHLY), interval (1–4), byday (checkboxes MO…SU),
 *                weeks (checkboxes 1, 2, 3, 4, -1 = last; monthly only), opensAt, closesAt (HH:MM),
 *                overnight (checkbox "true": closes after midnight), validFrom, validTo (YYYY-MM-DD),
 *                note, remove},
 *   contacts.N.{…as in the profile}
 *
 * Every id of an input is its name, so that the error summary links to `#schedules.0.opensAt`.
 */
export {
  activityFormState,
  activitySchema,
  type ActivityFormContext,
  LANGUAGE_CHOICES,
  newActivityFormState,
  parseActivityForm,
} from './activity';
export { associationFormState, associationSchema, parseAssociationForm } from './association';
export { formatKroner, parseKroner } from './kroner';
export { type DistrictOption, MUNICIPALITY_CENTRE } from './places';
export { checked, type FieldErrors, formDataOf, type ParseResult, type RawForm, type RawRow, readForm, rows, text } from './read';
export { INTERVALS, MONTH_WEEKS, WEEKDAYS } from './schedules';
export { associationDashboards, type DashboardActivity, type DashboardAssociation } from './dashboard';
export {
  associationPlaces,
  districtOptions,
  type EditableListing,
  findEditableActivity,
  findEditableAssociation,
  findEditableListing,
  termOptions,
  type TermOption,
} from './lookups';
export { rowHasContent } from './row-content';
