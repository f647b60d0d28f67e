import {
  type ActivityField,
  type ActivityValues,
  type AssociationField,
  type AssociationValues,
  type ExemptKey,
  FIELDS,
  type ListingKind,
} from './values';

/** The values of either kind of listing. */
export type AnyValues = AssociationValues | ActivityValues;
/** A field of either kind (not `status`, which only a first publication carries). */
export type ListingField = AssociationField | ActivityField;

/** The field keys of a kind, in the order forms and reviews show them. */
export function fieldKeys(kind: ListingKind): ListingField[] {
  return Object.keys(FIELDS[kind]) as ListingField[];
}

function propsOf(kind: ListingKind, key: ListingField): readonly string[] {
  const props = (FIELDS[kind] as Record<string, readonly string[]>)[key];
  if (!props) throw new Error(`Unknown field ${kind}.${key}`);
  return props;
}

/**
 * The value of one field as a revision stores it: the bare value for a field of one property
 * (`phone: "12345678"`), an object of its properties for a group (`price: {isFree, priceOre, ...}`),
 * so that history reads naturally and a group changes as one.
 */
export function fieldValue(kind: ListingKind, values: AnyValues, key: ListingField): unknown {
  const props = propsOf(kind, key);
  const record = values as unknown as Record<string, unknown>;
  if (props.length === 1) return record[props[0]!];
  return Object.fromEntries(props.map((p) => [p, record[p]]));
}

/** `values` with one field replaced by a value in the shape `fieldValue` gives. */
export function withFieldValue<V extends AnyValues>(kind: ListingKind, values: V, key: ListingField, value: unknown): V {
  const props = propsOf(kind, key);
  const next = { ...values } as unknown as Record<string, unknown>;
  if (props.length === 1) next[props[0]!] = value;
  else for (const p of props) next[p] = (value as Record<string, unknown>)[p];
  return next as unknown as V;
}

/**
 * A value in a canonical form for comparison: arrays whose order the tables do not keep (terms,
 * languages, places, contacts, weekdays; schedules are compared as a set too) are sorted, object
 * keys are sorted, `undefined` reads as absent.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical).sort((a, b) => {
      const x = JSON.stringify(a);
      const y = JSON.stringify(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Whether two field values mean the same (see `canonical`). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a) ?? null) === JSON.stringify(canonical(b) ?? null);
}

/** The fields whose values differ between `before` and `after`, in field order. */
export function changedFields(kind: ListingKind, before: AnyValues, after: AnyValues): ListingField[] {
  return fieldKeys(kind).filter((key) => !sameValue(fieldValue(kind, before, key), fieldValue(kind, after, key)));
}

/** The key an administration stores to exempt a field from review. */
export function exemptKey(kind: ListingKind, key: ListingField): ExemptKey {
  return `${kind}.${key}` as ExemptKey;
}

/** Every exempt key of both kinds, for the settings page and for validating what it receives. */
export function allExemptKeys(): ExemptKey[] {
  return (['association', 'activity'] as const).flatMap((kind) => fieldKeys(kind).map((key) => exemptKey(kind, key)));
}
