import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { balanceOf, call, ledgerOf, readFixture, runTask, startTestServer, type TestServer } from './testing';

let harness: TestServer;

beforeEach(async () => {
  harness = await startTestServer({ openingBalanceMinor: 100, taskPriceMinor: 25 });
});

afterEach(async () => {
  await harness.dispose();
});

async function setBalance(minor: number) {
  const answer = await call(harness.server, 'PUT', '/api/control/balance', {
    body: { balance: { minor, currency: 'USD' } },
  });
  expect(answer.status).toBe(200);
}

describe('POST /api/tasks', () => {
  it('charges the task price once and answers with a result derived from the input', async () => {
    const answer = await runTask(harness.server, 'key-1', 'Summarize', 'alpha beta gamma');
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      task: 'Summarize',
      charged: { minor: 25, currency: 'USD' },
      balanceAfter: { minor: 75, currency: 'USD' },
      idempotencyKey: 'key-1',
      result: { words: 3, characters: 16 },
    });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await balanceOf(harness.server)).toBe(75);
    const ledger = await ledgerOf(harness.server);
    const charges = ledger.entries.filter((entry) => entry.type === 'charge');
    expect(charges).toHaveLength(1);
    expect(charges[0]).toMatchObject({ idempotencyKey: 'key-1', amount: { minor: -25 } });
  });

  it('gives the same result for the same request under another key, and a different one for other input', async () => {
    const first = (await runTask(harness.server, 'a', 'Translate', 'one two')).json as { result: unknown };
    const again = (await runTask(harness.server, 'b', 'Translate', 'one two')).json as { result: unknown };
    const other = (await runTask(harness.server, 'c', 'Translate', 'one three')).json as {
      result: { digest: string };
    };
    expect(again.result).toEqual(first.result);
    expect(other.result.digest).not.toBe((first.result as { digest: string }).digest);
    expect(await balanceOf(harness.server)).toBe(25);
  });

  it('runs a task without input', async () => {
    const answer = await call(harness.server, 'POST', '/api/tasks', {
      key: 'k',
      body: { task: 'Plan my week' },
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ result: { words: 0, characters: 0 } });
  });
});

describe('an empty balance answers in the selected provider shape and charges nothing', () => {
  const shapes = [
    ['openai', 'openai-insufficient-quota'],
    ['anthropic', 'anthropic-credit-balance-too-low-no-request-id'],
    ['anthropic-402', 'anthropic-402-billing-error'],
    ['deepseek', 'deepseek-insufficient-balance'],
    ['openrouter', 'openrouter-insufficient-credits-never-purchased'],
  ] as const;

  it.each(shapes)('%s → %s', async (shape, fixtureName) => {
    const fixture = await readFixture(fixtureName);
    await setBalance(10);
    const control = await call(harness.server, 'PUT', '/api/control', { body: { errorShape: shape } });
    expect(control.status).toBe(200);

    const answer = await runTask(harness.server, `refused-${shape}`);
    expect(answer.status).toBe(fixture.status);
    expect(answer.json).toEqual(fixture.body);
    for (const [name, value] of Object.entries(fixture.headers)) expect(answer.headers.get(name)).toBe(value);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await balanceOf(harness.server)).toBe(10);
    const ledger = await ledgerOf(harness.server);
    expect(ledger.entries.some((entry) => entry.type === 'charge')).toBe(false);
  });

  it('uses the OpenAI shape until another is chosen', async () => {
    await setBalance(0);
    const fixture = await readFixture('openai-insufficient-quota');
    const answer = await runTask(harness.server, 'k');
    expect(answer.status).toBe(429);
    expect(answer.json).toEqual(fixture.body);
  });

  it('does not remember a refusal: the same key runs and is charged once after a recharge', async () => {
    await setBalance(0);
    expect((await runTask(harness.server, 'retry-me')).status).toBe(429);
    const recharge = await call(harness.server, 'POST', '/api/recharge', {
      key: 'r1',
      body: { amount: { minor: 500, currency: 'USD' } },
    });
    expect(recharge.status).toBe(200);
    const retried = await runTask(harness.server, 'retry-me');
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(await balanceOf(harness.server)).toBe(475);
  });

  it('refuses exactly when the balance cannot cover the price', async () => {
    await setBalance(25);
    expect((await runTask(harness.server, 'exact')).status).toBe(200);
    expect((await runTask(harness.server, 'one-more')).status).toBe(429);
    expect(await balanceOf(harness.server)).toBe(0);
  });
});

describe('idempotency', () => {
  it('replays a repeated key with the stored answer and charges once', async () => {
    const first = await runTask(harness.server, 'same', 'Summarize', 'some words here');
    const second = await runTask(harness.server, 'same', 'Summarize', 'some words here');
    expect(second.status).toBe(200);
    expect(second.json).toEqual(first.json);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const ledger = await ledgerOf(harness.server);
    expect(ledger.entries.filter((entry) => entry.idempotencyKey === 'same')).toHaveLength(1);
    expect(ledger.doubleCharges).toEqual([]);
    expect(await balanceOf(harness.server)).toBe(75);
  });

  it('charges once when duplicates arrive while the first is still running', async () => {
    await call(harness.server, 'PUT', '/api/control', { body: { taskLatencyMs: 60 } });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => runTask(harness.server, 'concurrent', 'Summarize', 'x y')),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual(answers[0]?.json);
    }
    expect(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true')).toHaveLength(7);
    const ledger = await ledgerOf(harness.server);
    expect(ledger.entries.filter((entry) => entry.type === 'charge')).toHaveLength(1);
    expect(ledger.doubleCharges).toEqual([]);
  });

  it('never overspends when different keys race for the last of the balance', async () => {
    await call(harness.server, 'PUT', '/api/control', { body: { taskLatencyMs: 40 } });
    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, index) => runTask(harness.server, `race-${index}`)),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(4);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(5);
    expect(await balanceOf(harness.server)).toBe(0);
  });

  it('refuses a reused key with different parameters and charges nothing more', async () => {
    expect((await runTask(harness.server, 'reused', 'Summarize', 'one')).status).toBe(200);
    const reused = await runTask(harness.server, 'reused', 'Summarize', 'two');
    expect(reused.status).toBe(422);
    expect(reused.json).toMatchObject({ error: { code: 'idempotency_key_reused' } });
    expect(await balanceOf(harness.server)).toBe(75);
  });

  it('keeps task keys and recharge keys apart', async () => {
    expect((await runTask(harness.server, 'shared-key')).status).toBe(200);
    const recharge = await call(harness.server, 'POST', '/api/recharge', {
      key: 'shared-key',
      body: { amount: { minor: 500, currency: 'USD' } },
    });
    expect(recharge.status).toBe(200);
    expect(await balanceOf(harness.server)).toBe(575);
  });

  it.each([
    ['missing', undefined, 'missing_idempotency_key'],
    ['empty', '', 'missing_idempotency_key'],
    ['256 characters long', 'k'.repeat(256), 'idempotency_key_too_long'],
    ['with a space', 'two words', 'invalid_idempotency_key'],
  ])('refuses a task whose key is %s, charging nothing', async (_label, key, code) => {
    const answer = await call(harness.server, 'POST', '/api/tasks', {
      body: { task: 'Summarize' },
      ...(key === undefined ? {} : { key }),
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code, param: 'Idempotency-Key' } });
    expect(await balanceOf(harness.server)).toBe(100);
  });

  it('accepts a key of exactly 255 characters', async () => {
    expect((await runTask(harness.server, 'k'.repeat(255))).status).toBe(200);
  });

  it('keeps every key charged at most once through any sequence of tasks, replays and refusals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
            parallel: fc.boolean(),
            topUp: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (steps) => {
          await call(harness.server, 'POST', '/api/control/reset', {
            body: { balance: { minor: 50, currency: 'USD' } },
          });
          await call(harness.server, 'PUT', '/api/control', { body: { rechargeDelayMs: 0 } });
          const succeeded = new Set<string>();
          let topUps = 0;
          for (const step of steps) {
            const attempts = step.parallel ? 3 : 1;
            const answers = await Promise.all(
              Array.from({ length: attempts }, () => runTask(harness.server, step.key, 'Task', step.key)),
            );
            for (const answer of answers) {
              expect([200, 429]).toContain(answer.status);
              if (answer.status === 200) succeeded.add(step.key);
            }
            if (step.topUp) {
              topUps += 1;
              await call(harness.server, 'POST', '/api/recharge', {
                key: `top-up-${topUps}`,
                body: { amount: { minor: 500, currency: 'USD' } },
              });
            }
          }
          const ledger = await ledgerOf(harness.server);
          expect(ledger.doubleCharges).toEqual([]);
          const charges = ledger.entries.filter((entry) => entry.type === 'charge');
          expect(new Set(charges.map((entry) => entry.idempotencyKey))).toEqual(succeeded);
          expect(charges).toHaveLength(succeeded.size);
          expect(ledger.balance.minor).toBe(50 + 500 * topUps - 25 * succeeded.size);
          expect(ledger.balance.minor).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 25 },
    );
    // Every step is a real request and a real fsync: slow on a busy machine, not a hang.
  }, 60_000);
});

describe('task request validation', () => {
  it.each([
    ['no body', undefined, 'missing_body'],
    ['an array', [], 'invalid_type'],
    ['null', null, 'invalid_type'],
    ['a missing task', { input: 'text' }, 'invalid_type'],
    ['a blank task', { task: '   ' }, 'too_short'],
    ['a numeric task', { task: 42 }, 'invalid_type'],
    ['a task too long', { task: 't'.repeat(201) }, 'too_long'],
    ['a numeric input', { task: 'Summarize', input: 5 }, 'invalid_type'],
    ['an input too long', { task: 'Summarize', input: 'i'.repeat(20_001) }, 'too_long'],
    ['an unknown field', { task: 'Summarize', taks: 'typo' }, 'unknown_field'],
  ])('answers 400 to %s and charges nothing', async (_label, body, code) => {
    const answer = await call(harness.server, 'POST', '/api/tasks', {
      key: 'validation',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { type: 'invalid_request_error', code } });
    expect(await balanceOf(harness.server)).toBe(100);
  });
});
