import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  rechargeDialog,
  recordTaskCalls,
  resumePrompt,
  type TaskCall,
  taskBanner,
  taskButton,
  taskRow,
  taskStatus,
  textOf,
} from './support/app';
import { assistantPerFile } from './support/assistant';
import { stepShots } from './support/screenshots';

const assistant = assistantPerFile();

/** Two tabs of one profile, both holding the same task blocked for lack of funds. */
async function twoTabsHoldingOneTask(shot: (page: Page, step: string) => Promise<void>) {
  const { api, newContext, open } = assistant();
  await api.setBalance(0);
  // One browser profile, two tabs: they share localStorage, Web Locks and BroadcastChannel.
  const context = await newContext();
  const calls = recordTaskCalls(context);
  const first = await open(context);

  await taskButton(first, 'summarize').click();
  await taskStatus(first, 'summarize', 'blocked');
  await shot(first, 'first-tab-blocked');

  const second = await open(context);
  const prompt = resumePrompt(second);
  await prompt.waitFor();
  expect(await textOf(prompt)).toContain('summarizing the notes');
  await shot(second, 'second-tab-offers-to-resume');
  await prompt.getByRole('button', { name: 'Resume request' }).click();
  await taskStatus(second, 'summarize', 'blocked');
  await shot(second, 'second-tab-holds-it-too');
  return { calls, first, second, blockedCalls: calls.length };
}

/** Exactly one request ran after the fix, the other tab says the task finished elsewhere, one charge. */
async function expectRanOnce(calls: TaskCall[], blockedCalls: number, first: Page, second: Page) {
  const replays = calls.slice(blockedCalls);
  expect(replays.length, 'the replay after the fix ran once').toBe(1);
  const other = replays[0]?.page === first ? second : first;
  expect(await textOf(taskRow(other, 'summarize'))).toContain('Finished in another tab.');
  const keys = new Set(calls.map((call) => call.idempotencyKey));
  expect(keys.size, 'both tabs used the one key').toBe(1);
  const charges = await assistant().api.charges();
  expect(charges.map((entry) => entry.idempotencyKey)).toEqual([...keys]);
}

test('two tabs hold the same blocked task: after a recharge in one, it replays in exactly one of them', async () => {
  const shot = await stepShots('03-two-tabs');
  const { calls, first, second, blockedCalls } = await twoTabsHoldingOneTask(shot);

  // The first tab pays; the second hears that the task finished, and learns of the funds by reading
  // the balance, which would replay anything it still held for lack of them.
  await first.bringToFront();
  await taskBanner(first, 'summarize').getByRole('button', { name: 'Add funds' }).click();
  await rechargeDialog(first).getByRole('button', { name: 'Add funds' }).click();
  await taskStatus(first, 'summarize', 'succeeded');
  await shot(first, 'first-tab-completed');
  await second.bringToFront();
  await taskStatus(second, 'summarize', 'succeeded');
  await shot(second, 'second-tab-knows-it-is-done');

  // Both tabs hold it as succeeded, so neither can replay it any more (only a blocked task replays).
  await expectRanOnce(calls, blockedCalls, first, second);
});

test('two tabs hold the same blocked task: funds added elsewhere reach both, and it runs in exactly one', async () => {
  const shot = await stepShots('03-two-tabs-funds-from-elsewhere');
  const { calls, first, second, blockedCalls } = await twoTabsHoldingOneTask(shot);

  // An admin adds funds outside this browser: each tab sees it at its next balance reading and asks
  // to replay the task; the tabs' lock lets only one run it. A slow task keeps the first run going
  // while the other tab's reading arrives, so both do ask.
  await assistant().api.control({ taskLatencyMs: 3_500 });
  await assistant().api.setBalance(500);
  await taskStatus(first, 'summarize', 'succeeded');
  await taskStatus(second, 'summarize', 'succeeded');
  await shot(first, 'first-tab-settled');
  await shot(second, 'second-tab-settled');

  await expectRanOnce(calls, blockedCalls, first, second);
});
