import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Whole-store checks at the sizes people reach (10,000 applications): seconds each, so kept
          // out of the quick unit run; \`npm test\` runs them after it.
          name: 'scale',
          include: ['test/scale/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/unit/setup.ts'],
          testTimeout: 120_000,
        },
      },
      // The same end-to-end files, once per browser (test/support/driver.ts picks it from BROWSER).
      ...(['chromium', 'firefox'] as const).map((browser) => ({
        test: {
          name: browser === 'chromium' ? 'e2e' : 'e2e-firefox',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          env: { BROWSER: browser },
          // One browser at a time: the machine has two cores, and each file launches a browser.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // expect.poll waits for the state it expects: give a loaded 2-core machine time to get there.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      })),
    ],
  },
});
