#!/usr/bin/env node
// Min+gzip bytes of named exports of a built package, tree-shaken as an app's bundler would
// (through the package's exports map and its sideEffects flag), with peers external:
//   pnpm build && node scripts/size-of.mjs @tactful/core classify classifyResponse
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const [file, ...names] = process.argv.slice(2);
if (!file || names.length === 0) {
  console.error('usage: node scripts/size-of.mjs <package> <export> [export…]');
  process.exit(2);
}
const external = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'i18next',
  'react-i18next',
  '@radix-ui/react-dialog',
];
const result = await build({
  stdin: {
    contents: `export { ${names.join(', ')} } from ${JSON.stringify(file)};`,
    resolveDir: process.cwd(),
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  external,
  logLevel: 'error',
});
const code = result.outputFiles[0].contents;
console.log(`${names.join(', ')}: ${code.length} B min, ${gzipSync(code).length} B min+gzip`);
