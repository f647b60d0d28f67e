import type { Activity } from '../../../db/schema';
import type { HsdsServiceStatus } from './types';

/** Published → "active", paused → "temporarily closed". Other statuses are never exported. */
export function serviceStatus(status: Activity['status']): HsdsServiceStatus {
  if (status === 'published') return 'active';
  if (status === 'paused') return 'temporarily closed';
  throw new Error(`An activity with status ${status} is not exported`);
}
