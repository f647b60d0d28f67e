/**
 * Accounts: login with throttling and lockout, password reset, invitations and membership of
 * associations. Plain TypeScript over the database; pages in src/pages call these.
 */
export { acceptAsNewUser, acceptAsUser, findInvitation, type InvitationInfo } from './accept';
export { looksLikeEmail, normalizeEmail } from './email';
export * from './errors';
export { forgotForm, inviteAssociationForm, inviteMemberForm, loginForm, newMemberForm, resetForm } from './forms';
export { INVITATION_TTL_MS, inviteMember, inviteNewAssociation, listOpenInvitations, revokeInvitation } from './invitations';
export { type BackOfficeLink, backOfficeLinks } from './links';
export { EMAIL_LOCKOUT, emailLockedUntil, IP_LIMIT, ipBlockedUntil } from './lockout';
export { attemptLogin, type LoginOutcome, recordSuccessfulLogin, startSession } from './login';
export { associationsOfAdministration, findAdministration, findAssociationForMembers, listMembers, removeMember } from './members';
export { type AccountOverview, accountOverview } from './overview';
export { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from './password';
export { findPasswordReset, requestPasswordReset, RESET_TTL_MS, resetPassword } from './reset';
