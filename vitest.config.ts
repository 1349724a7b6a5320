import { defineConfig } from 'vitest/config';

// Test workers otherwise resolve the `development` export condition, which loads micromark's assertion-heavy
// builds and makes every Markdown parse about three times slower than what users run.
process.env.NODE_ENV = 'production';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
