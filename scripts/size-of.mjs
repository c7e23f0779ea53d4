#!/usr/bin/env node
// Min+gzip bytes of named exports, tree-shaken as an app's bundler would, with peers external.
//
//   pnpm build && node scripts/size-of.mjs @tactful/core classify classifyResponse
//     the built package, through its exports map and sideEffects flag
//   node scripts/size-of.mjs --own @tactful/react RechargeDialog
//     the package's own code only, from its sources: the other @tactful packages stay external too
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const own = args[0] === '--own';
const [specifier, ...names] = own ? args.slice(1) : args;
if (!specifier || names.length === 0) {
  console.error('usage: node scripts/size-of.mjs [--own] <package> <export> [export…]');
  process.exit(2);
}
const peers = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'i18next',
  'react-i18next',
  '@radix-ui/react-dialog',
];
const workspace = ['@tactful/core', '@tactful/i18n', '@tactful/react'].filter((name) => name !== specifier);
const result = await build({
  stdin: {
    contents: `export { ${names.join(', ')} } from ${JSON.stringify(specifier)};`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  external: own ? [...peers, ...workspace] : peers,
  conditions: own ? ['@tactful/source'] : [],
  jsx: 'automatic',
  loader: { '.css': 'empty' },
  logLevel: 'error',
});
const code = result.outputFiles[0].contents;
const what = own ? `${specifier} own code` : specifier;
console.log(`${what} — ${names.join(', ')}: ${code.length} B min, ${gzipSync(code).length} B min+gzip`);
