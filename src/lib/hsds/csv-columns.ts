/**
 * The documented CSV of Indgang: one row per activity, with its association's columns repeated
 * on each of its rows; an association without exported activities gets one row whose `service_*`
 * columns are empty. `exportCsv` writes these columns in this order and the import reads them by
 * name, so the order of columns in a file does not matter to the import.
 *
 * Conventions (the same for export and import):
 * - UTF-8 with a byte order mark (so that Excel shows æ, ø, å; an import skips it), comma-
 *   separated, RFC 4180 quoting, a header row, CRLF after every row.
 * - Empty cell = no value. Yes/no cells are `ja` or `nej`. Dates are `YYYY-MM-DD`, times `HH:MM`
 *   (wall-clock, Europe/Copenhagen). Amounts are kroner with a point: `25` or `25.50`.
 * - Code lists (languages, target groups, categories) are separated by `;`, e.g. `da;en`.
 * - Repeated records (places, contacts) use parallel columns: one line per record inside the cell
 *   (line break `\n`), the n-th line of `location_name` belongs with the n-th line of
 *   `location_address` and so on. Such values cannot contain line breaks (export turns them into
 *   spaces); an empty optional value is an empty line.
 * - `schedules` holds one line per schedule: `KEY=value` pairs separated by `;`, with `NOTE` last
 *   so that a note may contain `;`: `FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;OPENS=10:00;CLOSES=12:00;
 *   VALID_FROM=2026-01-01;VALID_TO=2026-06-30;PLACE=1;NOTE=Ikke i skolernes sommerferie`. FREQ,
 *   BYDAY (RFC 5545), OPENS and CLOSES are required; PLACE is the 1-based line of the place columns.
 */
export const CSV_COLUMNS = [
  /** The association's id in the exporting system (HSDS organization.id); the import's external id. */
  'organization_id',
  /** The association's name (required). */
  'organization_name',
  /** Another name it is known by, e.g. an abbreviation. */
  'organization_alternate_name',
  /** What the association does, in plain Danish. */
  'organization_description',
  /** The association's public e-mail. */
  'organization_email',
  /** The association's public phone number. */
  'organization_phone',
  /** The association's website (absolute URL). */
  'organization_website',
  /** Danish business register number (CVR), 8 digits. */
  'organization_cvr',
  /** The year the association was founded. */
  'organization_year_incorporated',
  /** Slug of the administration (forvaltning) responsible for the association, e.g. `sof` (required). */
  'organization_administration',
  /** Slug of the association's district (bydel); empty = the whole municipality. */
  'organization_district',
  /** When the association last confirmed its listing (HSDS assured_date), `YYYY-MM-DD`. */
  'organization_assured_date',
  /** Names of the association's public contact persons, one per line. */
  'organization_contact_name',
  /** Their job titles or roles, one per line. */
  'organization_contact_title',
  /** Their e-mails, one per line (a contact needs an e-mail or a phone). */
  'organization_contact_email',
  /** Their phone numbers, one per line. */
  'organization_contact_phone',
  /** The activity's id in the exporting system (HSDS service.id); the import's external id. */
  'service_id',
  /** The activity's name (required when the row has an activity). */
  'service_name',
  /** `offer` (something a citizen gets) or `volunteer_role` (something a citizen does). */
  'service_kind',
  /** `active` (published) or `temporarily closed` (paused), as HSDS service.status. */
  'service_status',
  /** Slug of the administration responsible for the activity, e.g. `suf` (required). */
  'service_administration',
  /** One or two plain sentences shown in search results (required). */
  'service_summary',
  /** The longer description. */
  'service_description',
  /** A short English summary. */
  'service_summary_en',
  /** How to join or apply (HSDS application_process). */
  'service_how_to_join',
  /** Who can take part (HSDS eligibility_description). */
  'service_eligibility',
  /** Youngest age that can take part. */
  'service_minimum_age',
  /** Oldest age that can take part. */
  'service_maximum_age',
  /** `ja` when free, `nej` when it costs money. */
  'service_is_free',
  /** The price in kroner when not free, e.g. `25` or `25.50`. */
  'service_price_kr',
  /** What the price covers, e.g. "per halvår" (HSDS fees_description). */
  'service_cost_description',
  /** ISO 639-1 codes of the languages the activity is held in, e.g. `da;en`. */
  'service_languages',
  /** Slugs of the target groups (målgrupper), e.g. `aeldre;ensomme`. */
  'service_target_groups',
  /** Slugs of the categories (kategorier), e.g. `samvaer`. */
  'service_categories',
  /** The activity's public e-mail. */
  'service_email',
  /** The activity's web page (absolute URL). */
  'service_url',
  /** When the activity was last confirmed (HSDS assured_date), `YYYY-MM-DD`. */
  'service_assured_date',
  /** Names of the places where the activity is held, one per line. */
  'location_name',
  /** Street and number of each place, one per line. */
  'location_address',
  /** Four-digit postal code of each place, one per line. */
  'location_postal_code',
  /** City of each place, one per line. */
  'location_city',
  /** Latitude of each place (WGS84 decimal degrees), one per line. */
  'location_latitude',
  /** Longitude of each place (WGS84 decimal degrees), one per line. */
  'location_longitude',
  /** `ja` when the place is wheelchair accessible, else `nej`, one per line. */
  'location_wheelchair_accessible',
  /** Plain words about access (steps, lift, toilet, hearing loop), one per line. */
  'location_accessibility_note',
  /** When the activity happens: one schedule per line, in the syntax described above. */
  'schedules',
  /** Names of the activity's own public contact persons, one per line. */
  'service_contact_name',
  /** Their job titles or roles, one per line. */
  'service_contact_title',
  /** Their e-mails, one per line. */
  'service_contact_email',
  /** Their phone numbers, one per line. */
  'service_contact_phone',
] as const;

/** One column name of the documented CSV. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One CSV row as text cells by column (empty string = no value). */
export type CsvRow = Record<CsvColumn, string>;

/** Separator of code lists inside a cell (`da;en`). */
export const CSV_LIST_SEPARATOR = ';';

/** Separator of repeated records inside a cell (places, contacts, schedules). */
export const CSV_LINE_SEPARATOR = '\n';

/** The words of yes/no cells. */
export const CSV_YES = 'ja';
export const CSV_NO = 'nej';
