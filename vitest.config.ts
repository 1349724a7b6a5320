import { defineConfig } from 'vitest/config';

// Test workers otherwise resolve the `development` export condition, which loads micromark's assertion-heavy
// builds and makes every Markdown parse about three times slower than what users run.
process.env.NODE_ENV = 'production';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser tests (tests/e2e) run with the rest, or skip with a message when there is no Chromium;
    // CI runs them on their own first (npm run test:e2e) and then leaves them out here.
    exclude: process.env.CLAUSEMARK_SKIP_E2E === '1' ? ['tests/e2e/**', 'node_modules/**'] : ['node_modules/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
