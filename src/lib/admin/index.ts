/** Administration of the portal: administrations, users and taxonomies (admins only; pages check `mayAdminister`). */
export { type AdministrationListItem, createAdministration, findAdministration, listAdministrations, updateAdministration } from './administrations';
export { AdminError, type AdminErrorKey, AdminNotFound, EmailTaken, SelfChangeRefused, TermInUse } from './errors';
export { type AdminOverview, adminOverview, type AdministrationOption, administrationOptions, type AssociationOption, associationOptions } from './options';
export {
  type AdministrationInput,
  administrationSchema,
  type EditUserInput,
  editUserSchema,
  isUuid,
  type NewTermInput,
  newTermSchema,
  type NewUserInput,
  newUserSchema,
  type Role,
  ROLES,
  roleHasAdministration,
  type TermInput,
  termSchema,
} from './schemas';
export { firstFreeSlug } from './slug';
export { createTerm, deleteTerm, findTerm, listTerms, type Taxonomy, type TermListItem, updateTerm } from './taxonomy';
export { createUserAccount, setUserDisabled, updateUserAccount } from './user-changes';
export { findUser, listUsers, type UserDetail, type UserFilter, type UserListItem } from './users';
export { NEW_ACCOUNT_LINK_DAYS, ROLE_KEYS } from './welcome';
