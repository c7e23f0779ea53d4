#!/usr/bin/env node
// Inlines src/styles.css and the files it imports into one dist/styles.css, as published.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  entryPoints: [resolve(root, 'src/styles.css')],
  bundle: true,
  write: false,
  logLevel: 'error',
  minify: true,
  // Keep logical properties and :where() as written: every browser the kit supports has them.
  target: ['chrome111', 'firefox113', 'safari16.4'],
});
mkdirSync(resolve(root, 'dist'), { recursive: true });
writeFileSync(resolve(root, 'dist/styles.css'), result.outputFiles[0].text);
