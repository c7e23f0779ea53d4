import { expect, test } from 'vitest';
import {
  expectFocused,
  rechargeDialog,
  recordTaskCalls,
  tabTo,
  taskBanner,
  taskButton,
  taskRow,
  taskStatus,
} from './support/app';
import { assistantPerFile } from './support/assistant';
import { stepShots } from './support/screenshots';

const assistant = assistantPerFile();

test('the main flow with the keyboard alone: start a task, open, dismiss and reopen the dialog, pick an amount, pay', async () => {
  const shot = await stepShots('08-keyboard-only');
  const { api, newContext, open } = assistant();
  await api.setBalance(0);
  const context = await newContext();
  const calls = recordTaskCalls(context);
  const page = await open(context);
  const { keyboard } = page;

  await tabTo(page, taskButton(page, 'summarize'));
  await shot(page, 'focus-on-summarize');
  await keyboard.press('Enter');
  await taskStatus(page, 'summarize', 'blocked');
  // The banner appeared without taking focus.
  await expectFocused(taskButton(page, 'summarize'));
  await shot(page, 'blocked-focus-stays');

  const addFunds = taskBanner(page, 'summarize').getByRole('button', { name: 'Add funds' });
  await tabTo(page, addFunds);
  await keyboard.press('Enter');
  const dialog = rechargeDialog(page);
  await dialog.waitFor();
  // A decision dialog opens on its least destructive choice.
  await expectFocused(dialog.getByRole('button', { name: 'Not now' }));
  await shot(page, 'dialog-opens-on-not-now');

  await keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expectFocused(addFunds);
  await taskStatus(page, 'summarize', 'blocked');
  await shot(page, 'escape-returns-focus');

  await keyboard.press('Space');
  await dialog.waitFor();
  await expectFocused(dialog.getByRole('button', { name: 'Not now' }));
  // Back to the amounts, and the next one with an arrow key.
  await keyboard.press('Shift+Tab');
  await expectFocused(dialog.getByRole('radio', { name: '$5.00' }));
  await keyboard.press('ArrowRight');
  const ten = dialog.getByRole('radio', { name: '$10.00' });
  await expectFocused(ten);
  expect(await ten.isChecked()).toBe(true);
  await shot(page, 'ten-dollars-chosen');

  const pay = dialog.getByRole('button', { name: 'Add funds' });
  await tabTo(page, pay);
  await keyboard.press('Enter');
  await taskStatus(page, 'summarize', 'succeeded');
  await dialog.waitFor({ state: 'detached' });
  // Focus is not lost to the page: the answer that replaced the banner has it.
  await expect
    .poll(() => taskRow(page, 'summarize').evaluate((row) => row.contains(document.activeElement)))
    .toBe(true);
  await shot(page, 'paid-and-completed');

  const { entries } = await api.ledger();
  expect(entries.filter((entry) => entry.type === 'recharge').map((entry) => entry.amount.minor)).toEqual([
    1_000,
  ]);
  const charges = entries.filter((entry) => entry.type === 'charge');
  expect(charges.map((entry) => entry.idempotencyKey)).toEqual([calls[0]?.idempotencyKey]);
});
