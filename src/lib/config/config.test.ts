import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

function errorLines(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.lines;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('starts on port 4321 on localhost with embedded services when nothing is set', () => {
    const c = parseConfig({});
    expect(c.PORT).toBe(4321);
    expect(c.HOST).toBe('localhost');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.MEILI_URL).toBeUndefined();
    expect(c.DATA_DIR).toBe('.data');
    expect(c.demoData).toBe(true);
  });

  it('takes PORT and HOST from the environment', () => {
    const c = parseConfig({ PORT: '8080', HOST: '0.0.0.0' });
    expect(c.PORT).toBe(8080);
    expect(c.HOST).toBe('0.0.0.0');
  });

  it('names the variable and what is expected in one line for a bad port', () => {
    const lines = errorLines({ PORT: 'abc' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(lines[0]).toContain('heltal fra 1 til 65535');
    expect(lines[0]).toContain('"abc"');
  });

  it('gives one line per bad variable', () => {
    const lines = errorLines({ PORT: '70000', NODE_ENV: 'staging', DATABASE_URL: 'mysql://x' });
    expect(lines.map((l) => l.split(' ')[4])).toEqual(expect.arrayContaining(['PORT', 'NODE_ENV', 'DATABASE_URL']));
    expect(lines).toHaveLength(3);
  });

  it('never echoes a password or key back', () => {
    const lines = errorLines({ DATABASE_URL: 'mysql://indgang:hemmelig@db/x', MEILI_URL: 'http://m:7700', MEILI_MASTER_KEY: 'short' });
    expect(lines.join('\n')).not.toContain('hemmelig');
    expect(lines.join('\n')).not.toContain('short');
  });

  it('requires a master key when an external Meilisearch is named', () => {
    const lines = errorLines({ MEILI_URL: 'http://search.internal:7700' });
    expect(lines[0]).toContain('MEILI_MASTER_KEY');
  });

  it('requires the referral key with an external database, and checks that it is 32 bytes', () => {
    expect(errorLines({ DATABASE_URL: 'postgres://db/x', MEILI_URL: 'http://m:7700', MEILI_MASTER_KEY: 'a'.repeat(16) })[0]).toContain('REFERRAL_KEY');
    expect(errorLines({ REFERRAL_KEY: 'kort' })[0]).toContain('32 tilfældige bytes');
    expect(parseConfig({ REFERRAL_KEY: Buffer.alloc(32, 7).toString('base64') }).REFERRAL_KEY).toBeDefined();
  });

  it('takes an optional metrics token of at least 16 characters, and never echoes a short one', () => {
    expect(parseConfig({}).METRICS_TOKEN).toBeUndefined();
    expect(parseConfig({ METRICS_TOKEN: 'x'.repeat(16) }).METRICS_TOKEN).toBe('x'.repeat(16));
    const lines = errorLines({ METRICS_TOKEN: 'hemmeligt' });
    expect(lines[0]).toContain('METRICS_TOKEN skal være mindst 16 tegn');
    expect(lines[0]).not.toContain('hemmeligt');
  });

  it('keeps personal data in closed referrals for 180 days unless told otherwise', () => {
    expect(parseConfig({}).REFERRAL_RETENTION_DAYS).toBe(180);
    expect(errorLines({ REFERRAL_RETENTION_DAYS: '0' })[0]).toContain('REFERRAL_RETENTION_DAYS');
  });

  it('turns demo data off in production unless asked for', () => {
    expect(parseConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(parseConfig({ NODE_ENV: 'production', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ PORT: '' }).PORT).toBe(4321);
  });
});
