import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  lowBalanceBanner,
  rechargeDialog,
  resumePrompt,
  statusBanner,
  taskBanner,
  taskButton,
  taskStatus,
} from './support/app';
import { appReady, assistantPerFile } from './support/assistant';
import { type AxeViolation, axeViolations } from './support/axe';
import { stepShots } from './support/screenshots';

const assistant = assistantPerFile();

/** Runs axe on each screen as it comes, with its screenshot; every violation is reported at the end. */
async function screenChecker(scenario: string) {
  const shot = await stepShots(scenario);
  const found: Record<string, AxeViolation[]> = {};
  const screens: string[] = [];
  return {
    screens,
    found,
    async check(page: Page, screen: string) {
      screens.push(screen);
      await shot(page, screen);
      const violations = await axeViolations(page);
      if (violations.length) found[screen] = violations;
    },
  };
}

/** Every screen of the billing story, from the first paint to a finished task. */
async function walkBillingScreens(page: Page, check: (page: Page, screen: string) => Promise<void>) {
  const { api } = assistant();
  await check(page, 'start');

  await api.setBalance(50);
  await page.locator('section.tactful-low-balance[data-state="low"]').waitFor();
  await check(page, 'low-balance-warning');

  await api.setBalance(0);
  await page.locator('section.tactful-low-balance[data-state="depleted"]').waitFor();
  await taskButton(page, 'summarize').click();
  await taskStatus(page, 'summarize', 'blocked');
  await check(page, 'blocked-banner');

  await page.getByLabel('Card ending in 0002, is declined').check();
  await taskBanner(page, 'summarize').locator('button[data-action="add_funds"]').click();
  const dialog = rechargeDialog(page);
  await dialog.waitFor();
  await check(page, 'recharge-dialog');
  await dialog.locator('button[type="submit"]').click();
  await dialog.locator('.tactful-recharge__failure').waitFor();
  await check(page, 'recharge-declined');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  await page.getByLabel("I'm not the billing admin").check();
  await taskBanner(page, 'summarize').locator('button[data-action="ask_admin"]').click();
  await dialog.waitFor();
  await check(page, 'ask-an-admin-dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  await page.reload();
  await appReady(page);
  await resumePrompt(page).waitFor();
  await check(page, 'resume-prompt');
  await resumePrompt(page).locator('button').first().click();
  await taskStatus(page, 'summarize', 'blocked');
  await page.getByLabel('Card ending in 4242, goes through').check();
  await taskBanner(page, 'summarize').locator('button[data-action="add_funds"]').click();
  await dialog.locator('button[type="submit"]').click();
  await taskStatus(page, 'summarize', 'succeeded');
  await check(page, 'completed');
}

test('axe finds nothing on any screen: billing, declined card, admin request, resume, wait, outage, offline', async () => {
  const { screens, found, check } = await screenChecker('09-axe-every-screen');
  const { api, newContext, open } = assistant();
  const context = await newContext();
  const page = await open(context);
  await walkBillingScreens(page, check);

  await api.control({ inject: { failure: 'rate_limit', retryAfterSeconds: 30 } });
  await taskButton(page, 'translate').click();
  await taskStatus(page, 'translate', 'waiting');
  await check(page, 'rate-limit-countdown');
  await taskBanner(page, 'translate').getByRole('button', { name: 'Try now' }).click();
  await taskStatus(page, 'translate', 'succeeded');

  // An outage that lasts until it is called off: the page-level banner and the task's wait.
  await api.control({ inject: { failure: 'outage', shape: 'anthropic-500', times: 100 } });
  await taskButton(page, 'summarize').click();
  await taskStatus(page, 'summarize', 'waiting');
  await statusBanner(page).waitFor();
  await check(page, 'outage');
  await api.control({ inject: null });
  // Its own retries go on meanwhile: skip the wait if one is still ahead, else the next one succeeds.
  await taskBanner(page, 'summarize')
    .getByRole('button', { name: 'Try now' })
    .click({ timeout: 2_000 })
    .catch(() => {});
  await taskStatus(page, 'summarize', 'succeeded');
  await statusBanner(page).waitFor({ state: 'detached' });

  await context.setOffline(true);
  await statusBanner(page).waitFor();
  await taskButton(page, 'reply').click();
  await taskStatus(page, 'reply', 'offline');
  await check(page, 'offline');
  await context.setOffline(false);
  await taskStatus(page, 'reply', 'succeeded');
  await check(page, 'back-online');

  expect(screens.length).toBe(12);
  expect(found).toEqual({});
});

/** Two tasks stopped by the same empty balance: two banners with one title, each named by its own task. */
async function blockTwoTasks(page: Page) {
  const { api } = assistant();
  await api.setBalance(0);
  for (const task of ['summarize', 'translate'] as const) {
    await page.locator(`button[data-task="${task}"]`).click();
    await taskStatus(page, task, 'blocked');
  }
}

test('axe finds nothing with two tasks blocked by the same empty balance, in light, dark and Arabic', async () => {
  const { screens, found, check } = await screenChecker('09-axe-two-blocked-tasks');
  const { newContext, open } = assistant();

  const page = await open(await newContext());
  await blockTwoTasks(page);
  // One title, two names: each banner is named by its title and the sentence naming its task.
  const title = 'Your balance has run out';
  expect(await page.getByRole('region', { name: title }).count()).toBe(2);
  for (const task of ['summarizing the notes', 'translating the notes']) {
    const name = `${title} We couldn't finish ${task} because the balance on this account has run out.`;
    expect(await page.getByRole('region', { name, exact: true }).count()).toBe(1);
  }
  await check(page, 'two-blocked-tasks');

  const dark = await open(await newContext({ colorScheme: 'dark' }));
  await blockTwoTasks(dark);
  await check(dark, 'two-blocked-tasks-dark');

  const arabic = await open(await newContext());
  await arabic.getByLabel('Language').selectOption('ar');
  await arabic.locator('html[lang="ar"][dir="rtl"]').waitFor();
  await blockTwoTasks(arabic);
  await check(arabic, 'two-blocked-tasks-arabic');

  expect(screens.length).toBe(3);
  expect(found).toEqual({});
});

test('axe finds nothing in the dark theme', async () => {
  const { screens, found, check } = await screenChecker('09-axe-dark');
  const { newContext, open } = assistant();
  const page = await open(await newContext({ colorScheme: 'dark' }));
  await walkBillingScreens(page, check);
  expect(screens.length).toBe(8);
  expect(found).toEqual({});
});

test('axe finds nothing in Arabic, right to left', async () => {
  const { screens, found, check } = await screenChecker('09-axe-arabic-rtl');
  const { api, newContext, open } = assistant();
  const page = await open(await newContext());
  await page.getByLabel('Language').selectOption('ar');
  await page.locator('html[lang="ar"][dir="rtl"]').waitFor();
  await page.getByRole('heading', { name: 'المساعد', exact: true }).waitFor();
  await check(page, 'start');

  await api.setBalance(0);
  await lowBalanceBanner(page).waitFor();
  await page.locator('button[data-task="summarize"]').click();
  await taskStatus(page, 'summarize', 'blocked');
  // The kit's copy is Arabic too, and laid out right to left.
  expect(await taskBanner(page, 'summarize').getAttribute('dir')).toBe('rtl');
  await check(page, 'blocked-banner');

  await taskBanner(page, 'summarize').locator('button[data-action="add_funds"]').click();
  await rechargeDialog(page).waitFor();
  await check(page, 'recharge-dialog');
  expect(screens.length).toBe(3);
  expect(found).toEqual({});
});
