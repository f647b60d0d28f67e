import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The vendored Open Referral HSDS 3.0 JSON schemas (tests/hsds/schema, see tests/hsds/README.md),
 * compiled with ajv. The files are kept exactly as taken; the three changes the HSDS 3.0 release
 * made after that commit are applied here, in code, so they are visible and the files stay pristine:
 *
 * 1. location: `addresss` → `addresses` and `accessibilitys` → `accessibility` (the release names);
 * 2. taxonomy_term: `taxonomy` is a string, the taxonomy object is `taxonomy_detail` (3.0 changelog:
 *    "added taxonomy_id and taxonomy_detail");
 * 3. every identifier (`id`, `*_id`) has `format: uuid` (3.0 changelog: "All id fields now have
 *    format uuid").
 */
const DIRECTORY = join(dirname(fileURLToPath(import.meta.url)), 'schema');
const BASE = 'https://schemas.indgang.test/hsds/';

type Schema = { properties: Record<string, Record<string, unknown>>; [key: string]: unknown };

function rename(schema: Schema, from: string, to: string): void {
  const property = schema.properties[from];
  if (!property) throw new Error(`The vendored schema has no property ${from}: the adaptation is out of date`);
  delete schema.properties[from];
  schema.properties[to] = { ...property, name: to };
}

/** The release-3.0 adaptation described above. */
export function adapt(file: string, schema: Schema): Schema {
  if (file === 'location.json') {
    rename(schema, 'addresss', 'addresses');
    rename(schema, 'accessibilitys', 'accessibility');
  }
  if (file === 'taxonomy_term.json') {
    const detail = schema.properties['taxonomy'];
    if (!detail?.['$ref']) throw new Error('taxonomy_term.taxonomy is no longer a $ref: the adaptation is out of date');
    schema.properties['taxonomy'] = { name: 'taxonomy', type: 'string' };
    schema.properties['taxonomy_detail'] = { ...detail, name: 'taxonomy_detail' };
  }
  for (const [name, property] of Object.entries(schema.properties)) {
    if ((name === 'id' || name.endsWith('_id')) && property['type'] === 'string') property['format'] = 'uuid';
  }
  return schema;
}

/** The Table Schema / Data Package words the files use beside JSON Schema's: annotations to ajv. */
const ANNOTATIONS = ['name', 'path', 'mediatype', 'profile', 'order', 'constraints', 'example', 'core', 'datapackage_type', 'tabular_required'];

function compile(): Ajv {
  // strictTypes off: the files put Data Package `format`s ("csv", "%Y") on objects and numbers.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  addFormats(ajv);
  // "csv" (the table's file format) and "%Y" (year_incorporated's date pattern) are Data Package
  // formats, not JSON Schema ones; they say nothing to validate.
  ajv.addFormat('csv', true);
  ajv.addFormat('%Y', true);
  ajv.addVocabulary(ANNOTATIONS);
  for (const file of readdirSync(DIRECTORY).filter((f) => f.endsWith('.json'))) {
    const schema = adapt(file, JSON.parse(readFileSync(join(DIRECTORY, file), 'utf8')) as Schema);
    ajv.addSchema({ ...schema, $id: `${BASE}${file}` });
  }
  return ajv;
}

let shared: Ajv | undefined;

/** A validator that is a plain test, not a type guard (the objects are already typed). */
export interface HsdsValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The validator of one HSDS object type, e.g. `hsdsValidator('service')`. */
export function hsdsValidator(name: 'organization' | 'service' | 'location' | 'taxonomy_term' | 'schedule'): HsdsValidate {
  shared ??= compile();
  const validate = shared.getSchema(`${BASE}${name}.json`);
  if (!validate) throw new Error(`No vendored schema ${name}.json`);
  return validate as HsdsValidate;
}

/** Readable errors of the last validation ("/service_at_locations/0/location/addresses/0 must have required property 'city'"). */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
