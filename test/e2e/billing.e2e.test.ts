import { describe, expect, test } from 'vitest';
import {
  lowBalanceBanner,
  meterValue,
  rechargeDialog,
  recordTaskCalls,
  resumePrompt,
  taskBanner,
  taskButton,
  taskStatus,
  textOf,
} from './support/app';
import { appReady, assistantPerFile } from './support/assistant';
import { stepShots } from './support/screenshots';

const assistant = assistantPerFile();

/** The charges and recharges the ledger holds, in order. */
async function money() {
  const { entries } = await assistant().api.ledger();
  return {
    charges: entries.filter((entry) => entry.type === 'charge'),
    recharges: entries.filter((entry) => entry.type === 'recharge'),
  };
}

describe('a task refused for lack of funds', () => {
  test('the balance runs out while the task runs: the banner names it, a recharge in the dialog finishes it, charged once', async () => {
    const shot = await stepShots('01-balance-runs-out');
    const { api, newContext, open } = assistant();
    await api.control({ taskLatencyMs: 1_500 });
    const context = await newContext();
    const calls = recordTaskCalls(context);
    const page = await open(context);
    await shot(page, 'start');

    await taskButton(page, 'summarize').click();
    await taskStatus(page, 'summarize', 'running');
    await shot(page, 'running');
    // Spent elsewhere while the task works: the server checks again before it charges, and refuses.
    await api.setBalance(0);
    await api.control({ taskLatencyMs: 150 });

    await taskStatus(page, 'summarize', 'blocked');
    const banner = taskBanner(page, 'summarize');
    expect(await textOf(banner)).toContain('summarizing the notes');
    expect(await textOf(banner)).toContain('balance');
    // The message and the meter show one figure.
    expect(await textOf(banner)).toContain('$0.00');
    expect(await textOf(meterValue(page))).toBe('$0.00');
    await shot(page, 'banner-names-the-task');

    await banner.getByRole('button', { name: 'Add funds' }).click();
    const dialog = rechargeDialog(page);
    await dialog.waitFor();
    expect(await textOf(dialog)).toContain('summarizing the notes');
    await shot(page, 'recharge-dialog');
    await dialog.getByRole('button', { name: 'Add funds' }).click();

    const done = await taskStatus(page, 'summarize', 'succeeded');
    await done.getByText('Charged $0.25').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await shot(page, 'completed');

    const keys = new Set(calls.map((call) => call.idempotencyKey));
    expect(keys.size, 'every attempt of one task carries one key').toBe(1);
    expect(calls.length).toBe(2);
    const { charges, recharges } = await money();
    expect(recharges.map((entry) => entry.amount.minor)).toEqual([500]);
    expect(charges.map((entry) => entry.idempotencyKey)).toEqual([...keys]);
    expect((await api.ledger()).balance.minor).toBe(475);
  });

  test('across a reload: the resume prompt picks the task up, and after a recharge it completes once', async () => {
    const shot = await stepShots('02-reload-and-resume');
    const { api, newContext, open } = assistant();
    await api.setBalance(0);
    const context = await newContext();
    const calls = recordTaskCalls(context);
    const page = await open(context);

    await taskButton(page, 'translate').click();
    await taskStatus(page, 'translate', 'blocked');
    await shot(page, 'blocked');

    await page.reload();
    await appReady(page);
    const prompt = resumePrompt(page);
    await prompt.waitFor();
    expect(await textOf(prompt)).toContain('translating the notes');
    await shot(page, 'resume-prompt');

    await prompt.getByRole('button', { name: 'Resume request' }).click();
    await prompt.waitFor({ state: 'detached' });
    // Still no funds: the same request is held again, with the way to add them.
    const banner = taskBanner(page, 'translate');
    await taskStatus(page, 'translate', 'blocked');
    await shot(page, 'held-again');

    await banner.getByRole('button', { name: 'Add funds' }).click();
    await rechargeDialog(page).getByRole('button', { name: 'Add funds' }).click();
    await taskStatus(page, 'translate', 'succeeded');
    await shot(page, 'completed');

    const keys = new Set(calls.map((call) => call.idempotencyKey));
    expect(keys.size, 'the request after the reload is the one from before it').toBe(1);
    const { charges } = await money();
    expect(charges.map((entry) => entry.idempotencyKey)).toEqual([...keys]);

    // Nothing is left to pick up.
    await page.reload();
    await appReady(page);
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    expect(await resumePrompt(page).count()).toBe(0);
    await shot(page, 'nothing-left-after-reload');
  });

  test('a declined card, then a good one: nothing is charged for the decline, the task runs once', async () => {
    const shot = await stepShots('04-declined-then-good');
    const { api, newContext, open } = assistant();
    await api.setBalance(0);
    const context = await newContext();
    const calls = recordTaskCalls(context);
    const page = await open(context);
    await page.getByLabel('Card ending in 0002, is declined').check();

    await taskButton(page, 'reply').click();
    await taskStatus(page, 'reply', 'blocked');
    await taskBanner(page, 'reply').getByRole('button', { name: 'Add funds' }).click();
    const dialog = rechargeDialog(page);
    await dialog.getByRole('button', { name: 'Add funds' }).click();
    const declined = dialog.getByText("The payment didn't go through");
    await declined.waitFor();
    expect(await textOf(dialog)).toContain('Nothing was charged');
    await shot(page, 'declined-in-dialog');
    expect((await money()).recharges).toEqual([]);
    expect(calls.length, 'a declined payment replays nothing').toBe(1);

    await dialog.getByRole('button', { name: 'Not now' }).click();
    await dialog.waitFor({ state: 'detached' });
    await taskStatus(page, 'reply', 'blocked');
    await page.getByLabel('Card ending in 4242, goes through').check();
    await shot(page, 'good-card-chosen');

    await taskBanner(page, 'reply').getByRole('button', { name: 'Add funds' }).click();
    await dialog.getByRole('button', { name: 'Add funds' }).click();
    await taskStatus(page, 'reply', 'succeeded');
    await shot(page, 'completed');

    const { charges, recharges } = await money();
    expect(recharges.length).toBe(1);
    expect(charges.length).toBe(1);
    expect(charges[0]?.idempotencyKey).toBe(calls[0]?.idempotencyKey);
    expect(calls.length).toBe(2);
  });
});

describe('prevention', () => {
  test('the low-balance warning shows before the balance is empty, and deepens as it falls', async () => {
    const shot = await stepShots('07-low-balance-warning');
    const { api, newContext, open } = assistant();
    const context = await newContext();
    const calls = recordTaskCalls(context);
    const page = await open(context);
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    expect(await lowBalanceBanner(page).count(), 'no warning while the balance is fine').toBe(0);
    await shot(page, 'balance-fine');

    // Two tasks' worth left: below the warning level (three tasks), nowhere near empty.
    await api.setBalance(50);
    const banner = lowBalanceBanner(page);
    await page.locator('section.tactful-low-balance[data-state="low"]').waitFor();
    expect(await textOf(banner)).toContain('$0.50');
    expect(await textOf(meterValue(page))).toBe('$0.50');
    await shot(page, 'warned-while-two-tasks-left');

    await taskButton(page, 'summarize').click();
    await taskStatus(page, 'summarize', 'succeeded');
    await page.locator('section.tactful-low-balance[data-state="critical"]').waitFor();
    expect(await textOf(banner)).toContain('$0.25');
    await shot(page, 'critical-with-one-task-left');

    // Every warning came before any request was refused.
    expect(calls.every((call) => call.status === 200)).toBe(true);
    await taskButton(page, 'translate').click();
    await taskStatus(page, 'translate', 'succeeded');
    await page.locator('section.tactful-low-balance[data-state="depleted"]').waitFor();
    await shot(page, 'run-out');
    expect((await money()).charges.length).toBe(2);
  });
});
