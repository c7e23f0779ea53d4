import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const ARTIFACTS = fileURLToPath(new URL('../../../test-results/e2e/', import.meta.url));

/**
 * Numbered screenshots of one scenario's steps, as test artifacts (git ignores test-results/):
 * test-results/e2e/<scenario>/<nn>-<step>.png. The scenario's folder starts empty each run.
 */
export async function stepShots(scenario: string): Promise<(page: Page, step: string) => Promise<void>> {
  const folder = `${ARTIFACTS}${scenario}/`;
  await rm(folder, { recursive: true, force: true });
  let count = 0;
  return async (page, step) => {
    count += 1;
    // A dialog's backdrop covers the viewport only: a full-page picture would show a seam under it.
    const dialogOpen = (await page.getByRole('alertdialog').count()) > 0;
    await page.screenshot({
      path: `${folder}${String(count).padStart(2, '0')}-${step}.png`,
      fullPage: !dialogOpen,
    });
  };
}
