import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';

// Workspace packages resolve to their TypeScript sources, so tests and Storybook need no build.
const sourceCondition = '@tactful/source';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page under a running
  // browser test, which fails it at random on a clean clone.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'react-dom/server',
      'i18next',
      'react-i18next',
      '@radix-ui/react-dialog',
      'axe-core',
      '@storybook/react-vite',
      'storybook/test',
    ],
  },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
});
