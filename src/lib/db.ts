import { type Database, sharedDatabase } from '../../db/client';
import { config } from './config/config';

/**
 * The database of the running app. The launcher (or production) sets DATABASE_URL before the
 * server starts, so a missing URL here is a wiring error, not a user error.
 */
export function db(): Database {
  const url = config().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL er ikke sat: start Indgang med "npm start"');
  return sharedDatabase(url);
}
