import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Rebuilds dist/ from src/ when it is stale, so the end-to-end tests prove the source.
    globalSetup: ['test/global-setup.ts'],
    // Closes the emulators a test started, after every test (test/emulators/lifecycle.ts).
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
