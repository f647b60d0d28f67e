export { SESSION_COOKIE, sessionCookieOptions } from './cookie';
export { sessionMiddleware } from './middleware';
export {
  ABSOLUTE_TIMEOUT_MS,
  type ActiveSession,
  createSession,
  deleteEndedSessions,
  endAllSessions,
  endSession,
  IDLE_TIMEOUT_MS,
  type SessionUser,
  validateSession,
} from './session';
export { hashToken, newToken, sameSecret } from './token';
