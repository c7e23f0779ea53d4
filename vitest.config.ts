import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import viteConfig from './vite.config.ts';

// A fresh object per project: sharing one browser config mislabels the projects.
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
  };
}

const browserTests = ['**/*.browser.test.ts', '**/*.browser.test.tsx'];

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // The JSON report feeds the one-line summary that closes a CI run.
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/vitest.json' },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts'],
            exclude: browserTests,
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['packages/*/src/**/*.test.tsx'],
            exclude: browserTests,
            setupFiles: ['test/setup/jsdom.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['test/browser/**/*.test.{ts,tsx}', ...browserTests.map((p) => `packages/*/src/${p}`)],
            browser: chromium(),
          },
        },
        {
          extends: true,
          plugins: [storybookTest({ configDir: '.storybook' })],
          test: {
            name: 'storybook',
            browser: chromium(),
          },
        },
      ],
    },
  }),
);
