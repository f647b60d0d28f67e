import { inventPerson, personEmail, type PhoneBook } from './data/people';
import { stableId } from './ids';
import type { Random } from './random';
import type { WithId } from './rows';
import type { NewContact } from '../schema';

const TITLES = ['Formand', 'Koordinator', 'Daglig leder', 'Frivilligkoordinator'];

interface ContactContext {
  random: Random;
  phones: PhoneBook;
  associationId: string;
  associationSlug: string;
  /** First names already used at this association: one inbox per first name. */
  usedFirstNames: Set<string>;
}

function contact(
  context: ContactContext,
  key: string,
  fields: { title: string; visibility: 'public' | 'internal'; activityId?: string; email: boolean; phone: boolean },
): WithId<NewContact> {
  const person = inventPerson(context.random, context.usedFirstNames);
  context.usedFirstNames.add(person.firstName);
  return {
    id: stableId('contact', `${context.associationSlug}:${key}`),
    associationId: context.associationId,
    activityId: fields.activityId ?? null,
    name: person.name,
    title: fields.title,
    email: fields.email ? personEmail(person.firstName, context.associationSlug) : null,
    phone: fields.phone ? context.phones.take() : null,
    visibility: fields.visibility,
  };
}

/** One public contact for every association, and often an internal one for the administration. */
export function associationContacts(context: ContactContext): WithId<NewContact>[] {
  const rows = [contact(context, 'main', { title: context.random.pick(TITLES), visibility: 'public', email: true, phone: true })];
  if (context.random.chance(0.5)) {
    rows.push(
      contact(context, 'internal', { title: 'Kontaktperson for kommunen', visibility: 'internal', email: true, phone: context.random.chance(0.5) }),
    );
  }
  return rows;
}

/** Sometimes a contact of one activity: a group leader reachable by e-mail, phone or both. */
export function activityContacts(context: ContactContext, activityId: string, activitySlug: string): WithId<NewContact>[] {
  if (!context.random.chance(0.35)) return [];
  const reach = context.random.pick(['email', 'phone', 'both'] as const);
  return [
    contact(context, `activity:${activitySlug}`, {
      title: 'Tovholder',
      visibility: 'public',
      activityId,
      email: reach !== 'phone',
      phone: reach !== 'email',
    }),
  ];
}
