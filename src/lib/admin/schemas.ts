/**
 * What the admin forms accept, as zod schemas whose messages are the user's words in the page's
 * language (Danish or English). Empty optional fields become null; e-mails are lower-cased.
 */
import { z } from 'zod';
import { type Locale, type PlainMessageKey, t } from '../../i18n';
import { userRole } from '../../../db/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a route parameter can be an id at all (anything else is a 404 without asking the database). */
export function isUuid(value: string | undefined): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Roles in the order the forms list them. */
export const ROLES = userRole.enumValues;
export type Role = (typeof ROLES)[number];

/** Roles that belong to an administration (and only those: the database checks it too). */
export function roleHasAdministration(role: Role): boolean {
  return role === 'coordinator' || role === 'staff';
}

/** Lower-case letters, digits and single dashes: the slugs of URLs and search filters. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function texts(locale: Locale) {
  const m = (key: PlainMessageKey) => t(locale, key);
  const required = (key: PlainMessageKey, max: number) =>
    z.string({ error: m(key) }).trim().min(1, m(key)).max(max, t(locale, 'admin.error.tooLong', { max }));
  const optional = (max: number) =>
    z
      .string()
      .trim()
      .max(max, t(locale, 'admin.error.tooLong', { max }))
      .optional()
      .transform((v) => v || null);
  const email = (key: PlainMessageKey) => z.string({ error: m(key) }).trim().toLowerCase().pipe(z.email(m(key)).max(200, m(key)));
  return { m, required, optional, email };
}

/** Name, abbreviation, contact and response target of an administration. */
export function administrationSchema(locale: Locale) {
  const { m, required, optional } = texts(locale);
  return z.object({
    nameDa: required('admin.administration.error.nameDa', 120),
    nameEn: required('admin.administration.error.nameEn', 120),
    abbreviation: required('admin.administration.error.abbreviation', 10),
    email: optional(200)
      .transform((v) => v?.toLowerCase() ?? null)
      .refine((v) => v === null || z.email().safeParse(v).success, m('admin.error.email')),
    phone: optional(30).refine((v) => v === null || /^\+?[0-9 ]{8,20}$/.test(v), m('admin.administration.error.phone')),
    responseTargetDays: z
      .string({ error: m('admin.administration.error.days') })
      .trim()
      .regex(/^[0-9]{1,2}$/, m('admin.administration.error.days'))
      .transform(Number)
      .refine((n) => n >= 1 && n <= 30, m('admin.administration.error.days')),
  });
}
export type AdministrationInput = z.infer<ReturnType<typeof administrationSchema>>;

/**
 * A user's role and where they belong. Coordinators and staff belong to exactly one
 * administration, members to one or more associations, admins to neither.
 */
function placement(locale: Locale) {
  const { m } = texts(locale);
  return {
    role: z.enum(ROLES, { error: m('admin.user.error.role') }),
    administrationId: z
      .string()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || UUID.test(v), m('admin.error.unknownAdministration')),
    associationIds: z.array(z.string().regex(UUID, m('admin.error.unknownAssociation'))),
  };
}

function checkPlacement(locale: Locale) {
  return (v: { role: Role; administrationId: string | null; associationIds: string[] }, ctx: z.RefinementCtx) => {
    const issue = (path: string, key: PlainMessageKey) => ctx.addIssue({ code: 'custom', path: [path], message: t(locale, key) });
    if (roleHasAdministration(v.role) && !v.administrationId) issue('administrationId', 'admin.user.error.administrationRequired');
    if (!roleHasAdministration(v.role) && v.administrationId) issue('administrationId', 'admin.user.error.administrationForbidden');
    if (v.role === 'member' && v.associationIds.length === 0) issue('associationIds', 'admin.user.error.associationRequired');
    if (v.role !== 'member' && v.associationIds.length > 0) issue('associationIds', 'admin.user.error.associationForbidden');
  };
}

/** A new user: name, e-mail, role and placement. No password: the user chooses one from a mailed link. */
export function newUserSchema(locale: Locale) {
  const { required, email } = texts(locale);
  return z
    .object({ name: required('admin.user.error.name', 120), email: email('admin.error.email'), ...placement(locale) })
    .superRefine(checkPlacement(locale));
}
export type NewUserInput = z.infer<ReturnType<typeof newUserSchema>>;

/** A changed user. The e-mail is the login name and stays as created. */
export function editUserSchema(locale: Locale) {
  const { required } = texts(locale);
  return z.object({ name: required('admin.user.error.name', 120), ...placement(locale) }).superRefine(checkPlacement(locale));
}
export type EditUserInput = z.infer<ReturnType<typeof editUserSchema>>;

/** The fields of a term in both languages; `slug` may be left empty to have it made from the Danish name. */
export function termSchema(locale: Locale) {
  const { m, required, optional } = texts(locale);
  return z.object({
    nameDa: required('admin.term.error.nameDa', 80),
    nameEn: required('admin.term.error.nameEn', 80),
    descriptionDa: optional(500),
    descriptionEn: optional(500),
    slug: optional(80).refine((v) => v === null || SLUG.test(v), m('admin.term.error.slug')),
  });
}
export type TermInput = z.infer<ReturnType<typeof termSchema>>;

/** A new term also says which vocabulary it belongs to (it cannot move later: filters and links use it). */
export function newTermSchema(locale: Locale) {
  const { m } = texts(locale);
  return termSchema(locale).extend({ taxonomy: z.enum(['target_group', 'category'], { error: m('admin.term.error.taxonomy') }) });
}
export type NewTermInput = z.infer<ReturnType<typeof newTermSchema>>;
