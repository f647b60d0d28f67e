import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'db/**/*.test.ts', 'search/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          // One PostgreSQL and one Meilisearch for the whole run; each file gets its own
          // database (from a migrated template) and its own index prefix.
          globalSetup: ['tests/support/global-setup.ts'],
          // The key the referral code encrypts with (tests/support/constants.ts TEST_REFERRAL_KEY).
          env: { REFERRAL_KEY: 'dGVzdC1yZWZlcnJhbC1rZXktMzItYnl0ZXMtbG9uZyE' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
