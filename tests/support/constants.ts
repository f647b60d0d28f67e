/** The migrated, empty database that every test file's database is copied from. */
export const TEMPLATE_DATABASE = 'indgang_template';

/** The referral encryption key of the integration tests (32 bytes, base64url); set for them in vitest.config.ts. */
export const TEST_REFERRAL_KEY = 'dGVzdC1yZWZlcnJhbC1rZXktMzItYnl0ZXMtbG9uZyE';
