import { pino, type Logger } from 'pino';
import { config } from '../config/config';

let shared: Logger | undefined;

/** The structured (JSON lines) logger of this process; secrets and personal data never go in. */
export function log(): Logger {
  shared ??= pino({
    level: config().LOG_LEVEL,
    base: { app: 'indgang' },
    redact: { paths: ['*.password', '*.token', '*.apiKey', '*.email', '*.phone'], censor: '[skjult]' },
  });
  return shared;
}
