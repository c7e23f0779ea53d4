import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The workspace packages resolve to their TypeScript sources (as in the root vite.config.ts), so the
// example builds from a clean checkout without building the packages first. Imports stay package imports.
const sourceCondition = '@tactful/source';

/** Where `pnpm dev` sends /api: the assistant server (`pnpm --filter @tactful-examples/assistant run server`). */
const apiServer = process.env.ASSISTANT_API_URL ?? 'http://127.0.0.1:4317';

export default defineConfig({
  // Explicit, so building through Vite's API from another folder (the end-to-end setup) finds index.html.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: apiServer } },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
