#!/usr/bin/env node
// Min+gzip bytes an app pays for @tactful/i18n, bundled as an app's bundler would (code splitting on,
// i18next external): the setup code up front, then one lazy chunk per language asked for.
//   pnpm --filter @tactful/i18n run build && node packages/i18n/scripts/sizes.mjs
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const locales = new URL('../../../locales/', import.meta.url);
// Each language chunk is recognised by its first title.
const languageOfTitle = new Map();
for (const lng of await readdir(locales)) {
  try {
    const copy = JSON.parse(await readFile(new URL(`${lng}/tactful.json`, locales), 'utf8'));
    languageOfTitle.set(copy.kinds.insufficient_funds.title, lng);
  } catch {
    // Not a language folder.
  }
}
const dir = await mkdtemp(join(tmpdir(), 'tactful-i18n-size-'));
try {
  const entry = join(dir, 'app.js');
  await writeFile(entry, `export { createTactfulI18n, translate, dir } from ${JSON.stringify(dist)};\n`);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: join(dir, 'out'),
    write: false,
    external: ['i18next'],
    // Bundlers keep text as UTF-8; escaping Arabic as \uXXXX would triple its size.
    charset: 'utf8',
    logLevel: 'error',
  });
  const rows = result.outputFiles.map((file) => {
    const text = file.text;
    const language = /insufficient_funds"?:\{"?title"?:"([^"]+)"/.exec(text)?.[1];
    const name = file.path.endsWith('app.js')
      ? 'setup: createTactfulI18n, translate, dir'
      : language
        ? `language chunk: ${languageOfTitle.get(language) ?? language}`
        : /ƀ|ļöŕéɱ/.test(text)
          ? 'pseudo-locale chunk (en-XA only)'
          : 'shared chunk';
    return { name, min: file.contents.length, gzip: gzipSync(file.contents).length };
  });
  for (const row of rows.sort((a, b) => a.name.localeCompare(b.name))) {
    console.log(`${row.name}: ${row.min} B min, ${row.gzip} B min+gzip`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
