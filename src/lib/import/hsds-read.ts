import { readOrganization } from './hsds-organization';
import { readService } from './hsds-service';
import { findShape, idOf } from './hsds-shape';
import { FILE, Issues } from './issues';
import type { ImportAssociation, ImportData } from './model';
import type { Reference } from './reference';
import { checkUniqueIds } from './unique';

/**
 * Reads an Open Referral HSDS 3.0 JSON file (any of the shapes in hsds-shape.ts) into associations
 * with their activities, checking every object. Problems name the JSON path and property, e.g.
 * `services[3].schedules[0].byday`.
 */
export function readHsds(text: string, reference: Reference): { data: ImportData; issues: Issues } {
  const issues = new Issues();
  let root: unknown;
  try {
    root = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    issues.add(FILE, '', 'import.issue.notJson', { detail: error instanceof Error ? error.message : String(error) });
    return { data: { associations: [] }, issues };
  }
  const shape = findShape(issues, root);
  if (!shape) {
    issues.add(FILE, '', 'import.issue.unknownShape');
    return { data: { associations: [] }, issues };
  }
  const associations = new Map<string, ImportAssociation>();
  for (const found of shape.organizations) {
    const association = readOrganization(issues, reference, found);
    // A second organization with the same id is reported below; the first one keeps the activities.
    if (!associations.has(association.sourceId)) associations.set(association.sourceId, association);
  }
  const activities = shape.services.map((found) => {
    const owner = associations.get(found.organizationId);
    const activity = readService(issues, reference, found, owner?.administrationId || undefined);
    if (owner) owner.activities.push(activity);
    else issues.add({ path: found.path }, 'organization_id', 'import.issue.unknownOrganization', { value: found.organizationId });
    return activity;
  });
  const entry = (id: string, path: string) => ({ id, where: { path } });
  checkUniqueIds(issues, shape.organizations.map((o) => entry(idOf(o.value.id), o.path)), 'id');
  checkUniqueIds(issues, shape.services.map((s, i) => entry(activities[i]!.sourceId, s.path)), 'id');
  if (shape.organizations.length === 0) issues.add(FILE, '', 'import.issue.empty');
  return { data: { associations: [...associations.values()] }, issues };
}
