/**
 * Regenerates the README's demo pictures from the real app: builds the assistant example, serves it on a
 * free port over a throwaway ledger, lets a task run out of funds in Chromium, and saves
 *
 *   docs/assets/demo-banner.png            the task's banner, naming what it was doing
 *   docs/assets/demo-recharge-dialog.png   the recharge dialog opened from it
 *
 * Run: pnpm exec tsx scripts/demo-screenshots.ts   (prints each file's size)
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { createAssistantServer } from '../examples/assistant/server/server';
import { chromiumLaunchOptions } from './chromium';

const root = fileURLToPath(new URL('..', import.meta.url));
const assets = join(root, 'docs/assets');

/** Saves the page area around `target`, with `margin` CSS pixels of the page around it. */
async function shootAround(page: Page, target: Locator, file: string, margin: number): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error(`Nothing to photograph for ${file}: ${target} is not visible.`);
  const viewport = page.viewportSize() ?? { width: 1024, height: 768 };
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  await page.screenshot({
    path: join(assets, file),
    clip: {
      x,
      y,
      width: Math.min(viewport.width - x, box.width + 2 * margin),
      height: Math.min(viewport.height - y, box.height + 2 * margin),
    },
  });
  await report(file);
}

async function report(file: string): Promise<void> {
  const { size } = await stat(join(assets, file));
  process.stdout.write(`docs/assets/${file}: ${(size / 1024).toFixed(0)} kB\n`);
}

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'tactful-demo-shots-'));
  const outDir = join(folder, 'dist');
  process.env.NODE_ENV = 'production';
  await build({
    configFile: join(root, 'examples/assistant/vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const server = await createAssistantServer({
    dataFile: join(folder, 'ledger.json'),
    staticDir: outDir,
    port: 0,
    // Ten cents: less than one task costs.
    openingBalanceMinor: 10,
    taskLatencyMs: 0,
    log: () => {},
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({
      // Tall enough for the results panel; the dialog picture uses a window of a usual height.
      viewport: { width: 1000, height: 1000 },
      deviceScaleFactor: 1.5,
      locale: 'en-US',
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await page.goto(server.url);
    await page.getByRole('meter').waitFor();
    await page.getByRole('button', { name: 'Summarize', exact: true }).click();
    const row = page.locator('li.result[data-task="summarize"][data-status="blocked"]');
    await row.waitFor();
    const banner = row.locator('.tactful-banner');
    await shootAround(page, page.locator('section.results'), 'demo-banner.png', 12);

    await banner.getByRole('button', { name: 'Add funds' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    // The dialog has settled (its opening animation is off under reduced motion) and focus is on "Not now".
    await dialog.getByRole('button', { name: 'Not now' }).evaluate((button) => {
      if (document.activeElement !== button) throw new Error('The dialog did not open on "Not now".');
    });
    await page.setViewportSize({ width: 960, height: 720 });
    await page.mouse.move(0, 0);
    // The whole window: the dialog over the dimmed app, the banner it came from behind it.
    await page.screenshot({ path: join(assets, 'demo-recharge-dialog.png') });
    await report('demo-recharge-dialog.png');
  } finally {
    await browser.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
