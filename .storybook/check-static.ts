/**
 * Checks that the static Storybook (`pnpm build-storybook` → storybook-static/) works wherever it is served:
 * at the root of a site and under a deep folder. A tiny node:http server maps each prefix to the build
 * (anything outside the prefix is a 404, as on a host that serves only that folder), and Chromium loads
 * the manager, a story, a story in Arabic and dark, and a docs page, failing on any request that 404s or
 * leaves the prefix, any page error, a story that does not render its copy, or a raw copy key on screen.
 *
 *   pnpm build-storybook && pnpm exec tsx .storybook/check-static.ts
 *
 * Prints one line per check and exits 1 when any fails.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';

const root = resolve(fileURLToPath(new URL('../storybook-static/', import.meta.url)));
const PREFIXES = ['/', '/some/deep/folder/'];

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Serves storybook-static under `prefix` only. */
function serve(prefix: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('outside the folder');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

interface Check {
  readonly name: string;
  readonly path: string;
  /** What must be on the page once it works. */
  readonly ready: (page: Page) => Promise<unknown>;
}

const RAW_KEY = /\b(?:kinds|states|actions|tones|amounts|a11y|recharge|status|resume)\.[a-z_]+\.[a-z_]+/;

const frame = (page: Page) => page.locator('.tactful-story-frame');

const CHECKS: readonly Check[] = [
  {
    name: 'manager (index.html) lists the stories',
    path: 'index.html?path=/story/flows-full-flow--out-of-funds',
    ready: async (page) => {
      await page.locator('#flows-full-flow--out-of-funds').waitFor({ timeout: 30_000 });
      const preview = page.frameLocator('#storybook-preview-iframe');
      await preview.locator('[data-story-next]').waitFor({ timeout: 30_000 });
    },
  },
  {
    // In story mode Storybook runs the story's play function: it runs three tasks, the third is refused,
    // the dialog adds funds, and the task finishes, charged once.
    name: 'story: the full flow plays to its end (refused, recharged, finished once)',
    path: 'iframe.html?id=flows-full-flow--out-of-funds&viewMode=story',
    ready: async (page) => {
      await page.locator('[data-task="3"][data-status="succeeded"]').waitFor({ timeout: 20_000 });
      await page.locator('[data-charges="3"]').waitFor({ timeout: 5_000 });
    },
  },
  {
    name: 'story in Arabic, dark: copy loaded lazily, right to left',
    path: 'iframe.html?id=messages-by-state--blocked&viewMode=story&globals=locale:ar;theme:dark',
    ready: async (page) => {
      await page.locator('.tactful-banner').first().waitFor({ timeout: 15_000 });
      const attributes = await frame(page).evaluate((element) => [
        element.lang,
        element.dir,
        element.dataset.theme,
      ]);
      if (attributes.join() !== 'ar,rtl,dark') throw new Error(`frame is ${attributes.join()}`);
    },
  },
  {
    name: 'story: classifier playground with the 78 fixtures',
    path: 'iframe.html?id=flows-classifier-playground--from-a-fixture&viewMode=story',
    ready: async (page) => {
      await page.locator('[data-story-problem="insufficient_funds"]').waitFor({ timeout: 15_000 });
      const options = await page.locator('select option').count();
      if (options < 79) throw new Error(`${options} options in the fixture list`);
    },
  },
  {
    name: 'docs page: Theming, tokens read from the stylesheet',
    path: 'iframe.html?id=docs-theming--docs&viewMode=docs',
    ready: async (page) => {
      await page.getByText('--tactful-surface', { exact: true }).first().waitFor({ timeout: 30_000 });
    },
  },
];

async function main() {
  if (!existsSync(join(root, 'iframe.html'))) {
    console.error('storybook-static/ is missing: run `pnpm build-storybook` first.');
    process.exit(1);
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  let failures = 0;
  try {
    for (const prefix of PREFIXES) {
      const server = await serve(prefix);
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      for (const check of CHECKS) {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('response', (response) => {
          const url = new URL(response.url());
          if (url.origin !== origin) return;
          if (response.status() >= 400) problems.push(`${response.status()} ${url.pathname}`);
        });
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.origin === origin && !url.pathname.startsWith(prefix))
            problems.push(`left the folder: ${url.pathname}`);
          else if (
            url.origin !== origin &&
            !url.protocol.startsWith('data') &&
            !url.protocol.startsWith('blob')
          )
            problems.push(`network: ${url.href}`);
        });
        const started = Date.now();
        try {
          await page.goto(`${origin}${prefix}${check.path}`, { waitUntil: 'load' });
          await check.ready(page);
          const text = await page.evaluate(() => document.body.textContent ?? '');
          const raw = RAW_KEY.exec(text);
          if (raw && !check.path.includes('docs')) problems.push(`raw copy key on screen: ${raw[0]}`);
        } catch (error) {
          problems.push(
            error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error),
          );
        }
        await page.close();
        const ok = problems.length === 0;
        if (!ok) failures += 1;
        console.log(
          `${ok ? 'ok  ' : 'FAIL'} ${prefix.padEnd(19)} ${check.name} (${Date.now() - started} ms)${ok ? '' : `\n     ${problems.join('\n     ')}`}`,
        );
      }
      await new Promise((done) => server.close(done));
    }
  } finally {
    await browser.close();
  }
  console.log(
    failures ? `${failures} check(s) failed` : 'static Storybook works from the root and from a sub-folder',
  );
  process.exit(failures ? 1 : 0);
}

await main();
