import { randomFor } from '../random';
import { ADMINISTRATIONS } from './administrations';
import { inventPerson } from './people';

/** Associations that get a demo member account, so each kind of association can be tried out. */
export const MEMBER_ASSOCIATION_SLUGS = [
  'vesterbro-borgerhjaelp',
  'valby-besoegstjeneste',
  'natlinjen-koebenhavn',
  'moedrenetvaerket-amager',
  'recept-paa-faellesskab-vesterbro',
] as const;

/** A demo login. All share the demo password; all are refused in production. */
export interface DemoAccount {
  email: string;
  name: string;
  role: 'admin' | 'coordinator' | 'staff' | 'member';
  /** Set for coordinators and staff. */
  administrationSlug?: string;
  /** Set for members: the association they act for. */
  associationSlug?: string;
}

function account(email: string, rest: Omit<DemoAccount, 'email' | 'name'>): DemoAccount {
  // The name is seeded by the e-mail, so an account keeps its name when others are added.
  return { email, name: inventPerson(randomFor(`account:${email}`)).name, ...rest };
}

/**
 * The demo accounts: one admin, a coordinator and a staff member in each administration, and a
 * member of a few associations. The README and the tests list them from here.
 */
export function demoAccounts(): DemoAccount[] {
  return [
    account('admin@indgang.example.dk', { role: 'admin' }),
    ...ADMINISTRATIONS.flatMap((a) => [
      account(`koordinator.${a.key}@indgang.example.dk`, { role: 'coordinator', administrationSlug: a.slug }),
      account(`medarbejder.${a.key}@indgang.example.dk`, { role: 'staff', administrationSlug: a.slug }),
    ]),
    ...MEMBER_ASSOCIATION_SLUGS.map((slug) =>
      account(`medlem.${slug}@indgang.example.dk`, { role: 'member', associationSlug: slug }),
    ),
  ];
}
