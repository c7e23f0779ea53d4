import { expect, test } from 'vitest';
import { recordTaskCalls, statusBanner, taskBanner, taskButton, taskStatus, textOf } from './support/app';
import { assistantPerFile } from './support/assistant';
import { stepShots } from './support/screenshots';

const assistant = assistantPerFile();

test('a rate limit: a visible countdown, then an automatic retry after Retry-After, charged once', async () => {
  const shot = await stepShots('05-rate-limit');
  const { api, newContext, open } = assistant();
  const context = await newContext();
  const calls = recordTaskCalls(context);
  const page = await open(context);
  await api.control({ inject: { failure: 'rate_limit', retryAfterSeconds: 2 } });

  await taskButton(page, 'summarize').click();
  await taskStatus(page, 'summarize', 'waiting');
  const countdown = taskBanner(page, 'summarize').locator('.tactful-countdown');
  await countdown.waitFor();
  expect(await textOf(countdown)).toMatch(/Trying again in \d seconds?/);
  expect(await countdown.getByRole('progressbar').count()).toBe(1);
  await shot(page, 'countdown');

  // Nobody touches anything: the retry comes on its own.
  await taskStatus(page, 'summarize', 'succeeded');
  await shot(page, 'retried-and-completed');

  expect(calls.map((call) => call.status)).toEqual([429, 200]);
  const [limited, retry] = calls;
  expect(retry?.idempotencyKey).toBe(limited?.idempotencyKey);
  // The server asked for 2 s: the retry waited at least that long (a little slack for timer rounding).
  expect((retry?.at ?? 0) - (limited?.answeredAt ?? Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(1_900);
  const charges = await api.charges();
  expect(charges.map((entry) => entry.idempotencyKey)).toEqual([limited?.idempotencyKey]);
});

test('offline, then online: the task waits for the network and runs once it is back, charged once', async () => {
  const shot = await stepShots('06-offline-then-online');
  const { api, newContext, open } = assistant();
  const context = await newContext();
  const calls = recordTaskCalls(context);
  const page = await open(context);

  await context.setOffline(true);
  const banner = statusBanner(page);
  await banner.waitFor();
  expect(await textOf(banner)).toContain('No internet connection');
  await shot(page, 'offline-banner');

  await taskButton(page, 'translate').click();
  await taskStatus(page, 'translate', 'offline');
  expect(await textOf(taskBanner(page, 'translate'))).toContain('translating the notes');
  // Both banners have the kit's title; the page's is named by its sentence about all requests, the
  // task's by its sentence naming the task, so a screen reader's list of regions tells them apart.
  const offline = (sentence: string) =>
    page.getByRole('region', { name: `No internet connection ${sentence}`, exact: true });
  expect(await offline("We'll keep your requests and send them once you're back online.").count()).toBe(1);
  expect(
    await offline(
      "We couldn't finish translating the notes because this device isn't connected to the internet right now.",
    ).count(),
  ).toBe(1);
  await shot(page, 'task-kept-while-offline');
  expect(calls.filter((call) => call.status !== undefined)).toEqual([]);

  await context.setOffline(false);
  await banner.waitFor({ state: 'detached' });
  await taskStatus(page, 'translate', 'succeeded');
  await shot(page, 'back-online-completed');

  const answered = calls.filter((call) => call.status === 200);
  expect(answered.length).toBe(1);
  const charges = await api.charges();
  expect(charges.map((entry) => entry.idempotencyKey)).toEqual([answered[0]?.idempotencyKey]);
});
