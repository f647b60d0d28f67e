import type { Random } from '../random';
import { slugify } from '../../slug';

/**
 * Invented people. First names and surnames are common in Denmark and combined at random, so no
 * demo person is anybody in particular; nothing here is taken from the seed documents.
 */
const FIRST_NAMES = [
  'Anne', 'Mette', 'Hanne', 'Lone', 'Susanne', 'Camilla', 'Ida', 'Sofie', 'Emma', 'Freja',
  'Karen', 'Birgit', 'Louise', 'Maja', 'Amira', 'Fatima', 'Yasmin', 'Olena', 'Naja', 'Pernille',
  'Lars', 'Jens', 'Peter', 'Søren', 'Mikkel', 'Anders', 'Thomas', 'Jonas', 'Mads', 'Rasmus',
  'Henrik', 'Niels', 'Ole', 'Kasper', 'Ali', 'Omar', 'Ahmad', 'Tobias', 'Malik', 'Emil',
] as const;

const SURNAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen',
  'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen',
  'Johansen', 'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Lund', 'Holm', 'Schmidt', 'Bach',
  'Kristiansen', 'Dahl', 'Berg', 'Hassan', 'Yilmaz', 'Kowalski', 'Lynge', 'Kleist', 'Frederiksen',
] as const;

/** An invented person. */
export interface Person {
  firstName: string;
  name: string;
}

/** A random invented person, avoiding first names already used where that matters (one inbox). */
export function inventPerson(random: Random, avoidFirstNames: ReadonlySet<string> = new Set()): Person {
  const firstNames = FIRST_NAMES.filter((n) => !avoidFirstNames.has(n));
  const firstName = random.pick(firstNames.length > 0 ? firstNames : FIRST_NAMES);
  return { firstName, name: `${firstName} ${random.pick(SURNAMES)}` };
}

/** The invented e-mail of a person at an association: `fornavn@<slug>.example.dk`. */
export function personEmail(firstName: string, associationSlug: string): string {
  return `${slugify(firstName)}@${associationSlug}.example.dk`;
}

/**
 * Hands out phone numbers in one obviously fictional series, "+45 20 00 01 00", "+45 20 00 01 01"
 * and so on, so that a demo number is recognisable at a glance and never rings a real person.
 */
export class PhoneBook {
  private next = 100;

  /** The next unused number of the series. */
  take(): string {
    const n = this.next++;
    const high = String(Math.floor(n / 100) % 100).padStart(2, '0');
    const low = String(n % 100).padStart(2, '0');
    return `+45 20 00 ${high} ${low}`;
  }
}
