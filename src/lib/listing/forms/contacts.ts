/**
 * The repeated contact rows of the profile and activity forms (`contacts.N.*`, see ./index.ts).
 * A row with an id is an existing contact; "Fjern" drops it; a new row left empty is ignored.
 */
import { z } from 'zod';
import type { ContactValue } from '../values';
import { crossCheck, oneOf, optionalEmail, optionalPhone, optionalText, requiredText, ticked, type Tr } from './fields';
import type { RawRow } from './read';
import { emptyRows, rowId, rowList } from './rows';

/** Empty rows offered for new contacts under the existing ones. */
export const NEW_CONTACT_ROWS = 2;

export const CONTACT_FIELDS = ['name', 'title', 'email', 'phone'] as const;

/** The schema of the contact rows. */
export function contactRows(tr: Tr) {
  const fields = z.object({
    id: rowId,
    name: requiredText(tr, tr('edit.contact.name'), 200),
    title: optionalText(tr, tr('edit.contact.title'), 200),
    email: optionalEmail(tr),
    phone: optionalPhone(tr),
    visibility: oneOf(['public', 'internal'] as const, tr('edit.error.choice'), 'public'),
    remove: ticked,
  });
  const row = fields
    .check(
      crossCheck<z.output<typeof fields>>((contact, issue) => {
        if (contact.email === null && contact.phone === null) issue('email', tr('edit.error.contactReach'));
      }),
    )
    .transform(({ remove: _, id, ...contact }): ContactValue => (id ? { id, ...contact } : contact));
  return rowList(row, CONTACT_FIELDS);
}

/** Contact values as form rows, plus empty rows for new contacts. */
export function contactState(contacts: readonly ContactValue[]): RawRow[] {
  return [
    ...contacts.map((c) => ({
      id: c.id ?? '',
      name: c.name,
      title: c.title ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
      visibility: c.visibility,
    })),
    ...emptyRows(NEW_CONTACT_ROWS, { visibility: 'public' }),
  ];
}
