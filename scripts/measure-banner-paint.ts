#!/usr/bin/env tsx
// Prints how long a refused paid request takes to show its banner, in Chromium: from the moment the
// failure is thrown (the response read) to the banner in the DOM, to the next animation frame, and to
// the paint Chromium reports for the banner's title (Element Timing). Median and p95 over N runs.
//
//   pnpm exec tsx scripts/measure-banner-paint.ts [runs=60]
//
// The page (scripts/measure-banner-paint.page.tsx) is built for production with Vite and served on
// 127.0.0.1; its /api/summarize answers 402 with OpenAI's insufficient_quota body, as a paid API would.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, defaultClientConditions } from 'vite';
import { CHROMIUM_MISSING_MESSAGE, chromiumIsInstalled, chromiumLaunchOptions } from './chromium.ts';
import type { Sample } from './measure-banner-paint.page';

const runs = Math.max(5, Number(process.argv[2]) || 60);
const WARM_UP = 5;
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

if (!chromiumIsInstalled()) {
  console.error(CHROMIUM_MISSING_MESSAGE);
  process.exit(1);
}

const outDir = mkdtempSync(join(tmpdir(), 'tactful-banner-paint-'));
await build({
  configFile: false,
  root,
  mode: 'production',
  logLevel: 'error',
  plugins: [react()],
  resolve: { conditions: ['@tactful/source', ...defaultClientConditions] },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: join(root, 'scripts/measure-banner-paint.page.tsx'),
      output: { entryFileNames: 'page.js', assetFileNames: '[name][extname]' },
    },
  },
});
const styles = readdirSync(outDir).filter((file) => file.endsWith('.css'));
writeFileSync(
  join(outDir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Banner paint</title>${styles
    .map((file) => `<link rel="stylesheet" href="/${file}">`)
    .join(
      '',
    )}</head><body><div id="root"></div><div id="baseline"></div><script type="module" src="/page.js"></script></body></html>`,
);

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const refused = JSON.stringify({
  error: {
    message: 'You exceeded your current quota, please check your plan and billing details.',
    type: 'insufficient_quota',
    code: 'insufficient_quota',
  },
});
const server = createServer((request, response) => {
  if (request.url === '/api/summarize') {
    response.writeHead(402, { 'content-type': 'application/json' }).end(refused);
    return;
  }
  const path = join(outDir, request.url === '/' ? 'index.html' : ((request.url ?? '').split('?')[0] ?? ''));
  try {
    const body = readFileSync(path);
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.pageReady === true);
  const measure = async (call: 'measureOnce' | 'measureBaseline') => {
    const samples: Sample[] = [];
    for (let run = 0; run < WARM_UP + runs; run++) {
      const sample = await page.evaluate((name) => window[name](), call);
      if (run >= WARM_UP) samples.push(sample);
    }
    return samples;
  };
  const banner = await measure('measureOnce');
  const baseline = await measure('measureBaseline');
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (share: number) =>
      sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
    return `median ${at(0.5).toFixed(1).padStart(5)} ms   p95 ${at(0.95).toFixed(1).padStart(5)} ms`;
  };
  const painted = (samples: Sample[]) =>
    samples.flatMap((sample) => (sample.painted === undefined ? [] : [sample.painted - sample.settled]));
  const report = (title: string, samples: Sample[]) => {
    console.log(title);
    console.log(`  settled -> in the DOM            ${stats(samples.map((s) => s.inDom - s.settled))}`);
    console.log(`  settled -> next animation frame  ${stats(samples.map((s) => s.frame - s.settled))}`);
    const paints = painted(samples);
    console.log(
      paints.length
        ? `  settled -> painted               ${stats(paints)}   (${paints.length}/${samples.length} reported)`
        : '  settled -> painted               not reported by this Chromium (Element Timing)',
    );
    const frames = samples.flatMap((sample) => (sample.frames === undefined ? [] : [sample.frames]));
    const first = frames.filter((count) => count <= 1).length;
    if (frames.length)
      console.log(
        `  painted by the first frame after settling: ${first}/${frames.length} runs` +
          ` (${Math.round((100 * first) / frames.length)} %)`,
      );
  };
  console.log(`Chromium ${browser.version()}, ${runs} runs each after ${WARM_UP} warm-up runs.`);
  report('Tactful: useIntent + ProblemBanner, from the thrown failure:', banner);
  report('Baseline: one <p> appended by hand, from the read response:', baseline);
  console.log(
    'Target: painted within one frame (16.7 ms at 60 Hz). "Painted" is the presentation time Chromium\n' +
      'reports, which already includes waiting for the next vsync: compare with the baseline.',
  );
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
