/** Keys of case systems to the referral API: created and revoked by the admin, one administration each. */
export { type NewApiTokenInput, newApiTokenSchema, TOKEN_NAME_MAX } from './schema';
export {
  type ApiTokenActor,
  type ApiTokenListItem,
  authenticateApiToken,
  bearerToken,
  countActiveTokens,
  createApiToken,
  findApiToken,
  listApiTokens,
  revokeApiToken,
  TOKEN_PREFIX,
} from './tokens';
