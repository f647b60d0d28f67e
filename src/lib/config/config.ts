import { z } from 'zod';

/**
 * Every setting Indgang reads from the environment, parsed once. Nothing else in the code
 * reads `process.env`, so that a bad value stops the start with one clear line.
 */
const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'skal være true eller false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const urlWithProtocol = (protocols: string[], example: string) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { error: `skal være en URL som ${example}` },
  );

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'skal være development, production eller test' })
    .default('development'),
  PORT: z.coerce
    .number({ error: 'skal være et heltal fra 1 til 65535' })
    .int({ error: 'skal være et heltal fra 1 til 65535' })
    .min(1, { error: 'skal være et heltal fra 1 til 65535' })
    .max(65535, { error: 'skal være et heltal fra 1 til 65535' })
    .default(4321),
  HOST: z.string().min(1, { error: 'må ikke være tom' }).default('localhost'),
  /** Public address of the portal, used in e-mails and Open Graph tags. */
  PUBLIC_URL: urlWithProtocol(['http:', 'https:'], 'https://indgang.kk.dk').optional(),
  DATABASE_URL: urlWithProtocol(['postgres:', 'postgresql:'], 'postgres://bruger:kode@vært:5432/indgang').optional(),
  MEILI_URL: urlWithProtocol(['http:', 'https:'], 'http://127.0.0.1:7700').optional(),
  MEILI_MASTER_KEY: z.string().min(16, { error: 'skal være mindst 16 tegn' }).optional(),
  /** Prefix of every Meilisearch index name, so that several installations can share a server. */
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, { error: 'må kun indeholde små bogstaver, tal og _' })
    .default(''),
  /** Where the embedded PostgreSQL and Meilisearch keep their data, and where generated keys are kept. */
  DATA_DIR: z.string().min(1, { error: 'må ikke være tom' }).default('.data'),
  /** Seed the invented demo municipality at the first start. Defaults to on, except in production. */
  DEMO_DATA: booleanText.optional(),
  /** SMTP server for e-mail, e.g. smtp://user:pass@smtp.kk.dk:587. Without it mails are kept for /dev/mail. */
  SMTP_URL: urlWithProtocol(['smtp:', 'smtps:'], 'smtp://bruger:kode@smtp.kk.dk:587').optional(),
  /** Sender of every e-mail. */
  MAIL_FROM: z.string().min(3, { error: 'skal være en afsender som Indgang <indgang@kk.dk>' }).default('Indgang <indgang@localhost>'),
  /**
   * How many proxies (load balancers) stand in front of the app. The client's address for rate
   * limits is then taken that many steps from the right of X-Forwarded-For; 0 trusts no header.
   */
  TRUST_PROXY: z.coerce
    .number({ error: 'skal være et heltal fra 0 til 5' })
    .int({ error: 'skal være et heltal fra 0 til 5' })
    .min(0, { error: 'skal være et heltal fra 0 til 5' })
    .max(5, { error: 'skal være et heltal fra 0 til 5' })
    .default(0),
  /**
   * 32 random bytes in base64 (`openssl rand -base64 32`) that encrypt citizens' personal data in
   * referrals. Required with DATABASE_URL; the embedded default is generated under DATA_DIR/secrets.
   * Losing it makes the personal data of open referrals unreadable.
   */
  REFERRAL_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64url').length === 32, { error: 'skal være 32 tilfældige bytes i base64 (openssl rand -base64 32)' })
    .optional(),
  /** Days after a referral is closed before the citizen's personal data in it is erased. */
  REFERRAL_RETENTION_DAYS: z.coerce
    .number({ error: 'skal være et heltal fra 1 til 3650' })
    .int({ error: 'skal være et heltal fra 1 til 3650' })
    .min(1, { error: 'skal være et heltal fra 1 til 3650' })
    .max(3650, { error: 'skal være et heltal fra 1 til 3650' })
    .default(180),
  /** Days after a joint advisory session before the names and contacts of its bookings are erased. */
  ADVISORY_RETENTION_DAYS: z.coerce
    .number({ error: 'skal være et heltal fra 1 til 3650' })
    .int({ error: 'skal være et heltal fra 1 til 3650' })
    .min(1, { error: 'skal være et heltal fra 1 til 3650' })
    .max(3650, { error: 'skal være et heltal fra 1 til 3650' })
    .default(30),
  /**
   * The bearer token a Prometheus scraper sends to read /metrics (`Authorization: Bearer …`).
   * Without it only a logged-in administrator can read the metrics.
   */
  METRICS_TOKEN: z.string().min(16, { error: 'skal være mindst 16 tegn (openssl rand -hex 24)' }).optional(),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], { error: 'skal være debug, info, warn eller error' })
    .default('info'),
});

export type Config = z.infer<typeof schema> & { demoData: boolean; isProduction: boolean };

/** A configuration that cannot be used; `lines` has one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Parses and checks an environment. Pure: pass `process.env` or a test's own object. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as in most shells' `VAR= npm start`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return `Indgang kan ikke starte: ${name} ${issue.message} (fik ${shown(name, present[name])})`;
      }),
    );
  }
  const c = result.data;
  const problems: string[] = [];
  if (c.MEILI_URL && !c.MEILI_MASTER_KEY) {
    problems.push('Indgang kan ikke starte: MEILI_MASTER_KEY skal sættes, når MEILI_URL er sat');
  }
  if (c.DATABASE_URL && !c.REFERRAL_KEY) {
    problems.push('Indgang kan ikke starte: REFERRAL_KEY skal sættes, når DATABASE_URL er sat (32 tilfældige bytes i base64: openssl rand -base64 32)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const isProduction = c.NODE_ENV === 'production';
  return { ...c, isProduction, demoData: c.DEMO_DATA ?? !isProduction };
}

/** A bad value as it may be printed: secrets are never echoed back into a log. */
function shown(name: string, value: string | undefined): string {
  if (value === undefined) return 'intet';
  if (/KEY|SECRET|PASSWORD|TOKEN/.test(name)) return `${value.length} tegn`;
  return JSON.stringify(value.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'));
}

let cached: Config | undefined;

/** The configuration of this process, parsed at first use. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
