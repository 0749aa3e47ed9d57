import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on source (engine, designs, schemas, exports); `browser` drives
// Chromium against the built site in dist/, served by tests/browser/serve.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['designs/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          globalSetup: ['tests/helpers/cliBundle.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time on a 2-core machine keeps timings and memory sane.
          fileParallelism: false,
        },
      },
    ],
  },
});
