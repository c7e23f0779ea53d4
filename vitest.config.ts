import { fileURLToPath } from 'node:url';
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
const browserTestFiles = [
  'test/browser/**/*.test.{ts,tsx}',
  ...browserTests.map((p) => `packages/*/src/${p}`),
];

// React 18 stays supported: the same browser tests run again with every import of react and
// react-dom — ours and our dependencies' — pointed at the React 18 copies installed as aliases.
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const react18 = [
  { find: /^react$/, replacement: fromRoot('./node_modules/react-18/index.js') },
  { find: /^react\/(.*)$/, replacement: fromRoot('./node_modules/react-18/$1') },
  { find: /^react-dom$/, replacement: fromRoot('./node_modules/react-dom-18/index.js') },
  { find: /^react-dom\/(.*)$/, replacement: fromRoot('./node_modules/react-dom-18/$1') },
];

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
            include: [
              'packages/*/src/**/*.test.ts',
              'examples/*/server/**/*.test.ts',
              'scripts/**/*.test.ts',
              'test/unit/**/*.test.ts',
            ],
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
            include: browserTestFiles,
            provide: { reactMajor: 19 },
            browser: chromium(),
          },
        },
        {
          extends: true,
          cacheDir: 'node_modules/.vite-react18',
          resolve: { alias: react18 },
          test: {
            name: 'browser-react18',
            include: browserTestFiles,
            provide: { reactMajor: 18 },
            browser: chromium(),
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['test/e2e/**/*.e2e.test.ts'],
            globalSetup: ['test/e2e/global-setup.ts'],
            // Each file drives its own Chromium against one server: run them one after another on 2 cores.
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 180_000,
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
