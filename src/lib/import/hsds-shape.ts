/**
 * The three ways an HSDS 3.0 JSON file may hold organizations and services, brought to one:
 * 1. a dataset `{ organizations: [...], services: [...] }` as our export writes it (services point to
 *    their organization by `organization_id`; organizations may list them in brief);
 * 2. a bare array of organizations, each with its services nested in full;
 * 3. an HSDS API page `{ contents: [...] }` of services, each with its `organization` nested
 *    (or a page of organizations with nested services).
 */
import type { Issues } from './issues';

export type Json = Record<string, unknown>;

/** An object with the JSON path it was found at. */
export interface Found {
  value: Json;
  path: string;
}

/** A service and the organization it belongs to (its id, or the parent it was nested in). */
export interface FoundService extends Found {
  organizationId: string;
}

export interface Shape {
  organizations: Found[];
  services: FoundService[];
}

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An id as text (HSDS ids are strings; some files write numbers). */
export const idOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** The items of a list property; a value that is not a list is a problem, a missing one is empty. */
export function items(issues: Issues, path: string, value: unknown): Found[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.add({ path }, '', 'import.issue.notList');
    return [];
  }
  const found: Found[] = [];
  value.forEach((item, i) => {
    if (isObject(item)) found.push({ value: item, path: `${path}[${i}]` });
    else issues.add({ path: `${path}[${i}]` }, '', 'import.issue.notObject');
  });
  return found;
}

/** Services nested in organizations, in full (a brief `{ id }` entry of a dataset is skipped). */
function nestedServices(issues: Issues, organizations: Found[], listed: Set<string>): FoundService[] {
  return organizations.flatMap((o) =>
    items(issues, `${o.path}.services`, o.value.services)
      .filter((s) => !listed.has(idOf(s.value.id)))
      .map((s) => ({ ...s, organizationId: idOf(o.value.id) })),
  );
}

/** Finds the organizations and services of a parsed file; null when it has none of the shapes. */
export function findShape(issues: Issues, root: unknown): Shape | null {
  if (Array.isArray(root)) {
    const organizations = items(issues, '', root);
    return { organizations, services: nestedServices(issues, organizations, new Set()) };
  }
  if (!isObject(root)) return null;
  if ('organizations' in root || 'services' in root) {
    const organizations = items(issues, 'organizations', root.organizations);
    const top = items(issues, 'services', root.services).map((s) => ({ ...s, organizationId: idOf(s.value.organization_id) }));
    const listed = new Set(top.map((s) => idOf(s.value.id)));
    return { organizations, services: [...top, ...nestedServices(issues, organizations, listed)] };
  }
  if ('contents' in root) {
    const contents = items(issues, 'contents', root.contents);
    const servicesPage = contents.some((c) => 'organization' in c.value || 'organization_id' in c.value);
    if (!servicesPage) return { organizations: contents, services: nestedServices(issues, contents, new Set()) };
    const organizations = new Map<string, Found>();
    for (const c of contents) {
      const org = c.value.organization;
      if (isObject(org) && !organizations.has(idOf(org.id))) organizations.set(idOf(org.id), { value: org, path: `${c.path}.organization` });
    }
    const services = contents.map((c) => ({
      ...c,
      organizationId: isObject(c.value.organization) ? idOf(c.value.organization.id) : idOf(c.value.organization_id),
    }));
    return { organizations: [...organizations.values()], services };
  }
  return null;
}
