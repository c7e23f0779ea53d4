import type { BrowserContext, Locator, Page, Request } from 'playwright-core';
import { expect } from 'vitest';

/** The assistant's three tasks, as the app names them (data-task) and labels their buttons in English. */
export const TASK_BUTTON = {
  summarize: 'Summarize',
  translate: 'Translate',
  reply: 'Draft a reply',
} as const;
export type TaskId = keyof typeof TASK_BUTTON;

/** A task's row in the results; `data-status` is the intent's status. */
export const taskRow = (page: Page, task: TaskId): Locator => page.locator(`li.result[data-task="${task}"]`);

export const taskButton = (page: Page, task: TaskId): Locator =>
  page.getByRole('button', { name: TASK_BUTTON[task], exact: true });

/** Waits until the task's intent has this status. */
export async function taskStatus(page: Page, task: TaskId, status: string): Promise<Locator> {
  const row = page.locator(`li.result[data-task="${task}"][data-status="${status}"]`);
  await row.waitFor();
  return row;
}

/** The kit's problem banner for a task (inside its row). */
export const taskBanner = (page: Page, task: TaskId): Locator =>
  taskRow(page, task).locator('.tactful-banner');

export const rechargeDialog = (page: Page): Locator => page.getByRole('alertdialog');

/** The low-balance banner (`data-state` is the level: low, critical, depleted, recovered). */
export const lowBalanceBanner = (page: Page): Locator => page.locator('section.tactful-low-balance');

export const statusBanner = (page: Page): Locator => page.locator('section.tactful-status');

export const resumePrompt = (page: Page): Locator => page.locator('section.tactful-resume');

/** The figure the balance meter shows. */
export const meterValue = (page: Page): Locator => page.locator('.tactful-balance-meter__value');

export interface TaskCall {
  readonly page: Page;
  readonly idempotencyKey: string | undefined;
  readonly task: string | undefined;
  readonly at: number;
  /** The status, once the answer came (undefined while pending or when the request never got one). */
  status?: number;
  answeredAt?: number;
  failed?: string;
}

/**
 * Every POST /api/tasks any page of the context sends, in order, with its Idempotency-Key, which page
 * sent it and how it was answered: proof of how many times a task ran, and where.
 */
export function recordTaskCalls(context: BrowserContext): TaskCall[] {
  const calls: TaskCall[] = [];
  const byRequest = new Map<Request, TaskCall>();
  const watch = (page: Page) => {
    page.on('request', (request) => {
      if (request.method() !== 'POST' || !request.url().endsWith('/api/tasks')) return;
      const body = request.postDataJSON() as { task?: string } | null;
      const call: TaskCall = {
        page,
        idempotencyKey: request.headers()['idempotency-key'],
        task: body?.task,
        at: Date.now(),
      };
      calls.push(call);
      byRequest.set(request, call);
    });
    page.on('response', (response) => {
      const call = byRequest.get(response.request());
      if (!call) return;
      call.status = response.status();
      call.answeredAt = Date.now();
    });
    page.on('requestfailed', (request) => {
      const call = byRequest.get(request);
      if (call) call.failed = request.failure()?.errorText ?? 'failed';
    });
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
  return calls;
}

/** Presses Tab until `target` has focus (no mouse); fails if it never does. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 60 } = {},
): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The focused element's accessible text, for asserting where focus is. */
export const focusedText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active && active !== document.body ? (active.textContent ?? '').trim() : '';
  });

export async function expectFocused(target: Locator): Promise<void> {
  await expect.poll(() => target.evaluate((element) => element === document.activeElement)).toBe(true);
}

/** Whitespace-normalised text of a locator, for sentences that wrap across elements. */
export const textOf = async (locator: Locator): Promise<string> =>
  ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
