import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { balanceOf, call, ledgerOf, readFixture, runTask, startTestServer, type TestServer } from './testing';

const NOW = Date.parse('2026-03-01T12:00:00Z');
let harness: TestServer;

beforeEach(async () => {
  harness = await startTestServer({ openingBalanceMinor: 100, taskPriceMinor: 25, now: () => NOW });
});

afterEach(async () => {
  await harness.dispose();
});

function control(body: unknown) {
  return call(harness.server, 'PUT', '/api/control', { body });
}

describe('GET and PUT /api/control', () => {
  it('starts with the OpenAI shape, nothing injected and the configured delays', async () => {
    const answer = await call(harness.server, 'GET', '/api/control');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ errorShape: 'openai', inject: null, taskLatencyMs: 0, rechargeDelayMs: 0 });
  });

  it('changes only the fields sent', async () => {
    await control({ errorShape: 'deepseek' });
    const answer = await control({ taskLatencyMs: 5 });
    expect(answer.json).toMatchObject({ errorShape: 'deepseek', taskLatencyMs: 5 });
  });

  it.each([
    ['an unknown shape', { errorShape: 'gemini' }, 'invalid_value'],
    ['an unknown field', { errorShap: 'openai' }, 'unknown_field'],
    ['an unknown failure', { inject: { failure: 'meltdown' } }, 'invalid_value'],
    ['zero times', { inject: { failure: 'outage', times: 0 } }, 'out_of_range'],
    ['a fractional wait', { inject: { failure: 'rate_limit', retryAfterSeconds: 1.5 } }, 'invalid_type'],
    ['a negative wait', { inject: { failure: 'rate_limit', retryAfterSeconds: -1 } }, 'out_of_range'],
    ['a wait for an outage', { inject: { failure: 'outage', retryAfterSeconds: 3 } }, 'unknown_field'],
    [
      'an unknown rate-limit shape',
      { inject: { failure: 'rate_limit', shape: 'deepseek' } },
      'invalid_value',
    ],
    ['a latency too long', { taskLatencyMs: 60_001 }, 'out_of_range'],
    ['a list', [], 'invalid_type'],
  ])('refuses %s and changes nothing, not even the valid fields sent with it', async (_label, body, code) => {
    const before = (await call(harness.server, 'GET', '/api/control')).json;
    // A valid change travels with the bad one: a refused body must not be half applied.
    const answer = await control(Array.isArray(body) ? body : { taskLatencyMs: 1234, ...body });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code } });
    expect((await call(harness.server, 'GET', '/api/control')).json).toEqual(before);
  });
});

describe('injected failures', () => {
  it('answers a rate limit in Anthropic’s shape with Retry-After and consistent reset headers, then recovers', async () => {
    const body = await readFixture('anthropic-rate-limit-429');
    const headers = await readFixture('anthropic-rate-limit-429-headers');
    await control({ inject: { failure: 'rate_limit', retryAfterSeconds: 7 } });

    const limited = await runTask(harness.server, 'k1');
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual(body.body);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('x-should-retry')).toBe(headers.headers['x-should-retry']);
    expect(limited.headers.get('anthropic-ratelimit-input-tokens-remaining')).toBe('0');
    const resets = Object.keys(headers.headers).filter((name) => name.endsWith('-reset'));
    expect(resets.length).toBeGreaterThan(0);
    for (const name of resets) expect(limited.headers.get(name)).toBe('2026-03-01T12:00:07Z');
    expect(await balanceOf(harness.server)).toBe(100);

    const next = await runTask(harness.server, 'k1');
    expect(next.status).toBe(200);
    expect(await balanceOf(harness.server)).toBe(75);
  });

  it('answers a rate limit in OpenAI’s shape when asked', async () => {
    const fixture = await readFixture('openai-rate-limit-code-null');
    await control({ inject: { failure: 'rate_limit', shape: 'openai', retryAfterSeconds: 3 } });
    const limited = await runTask(harness.server, 'k1');
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual(fixture.body);
    expect(limited.headers.get('retry-after')).toBe('3');
  });

  it('defaults a rate limit to Retry-After: 2', async () => {
    await control({ inject: { failure: 'rate_limit' } });
    expect((await runTask(harness.server, 'k')).headers.get('retry-after')).toBe('2');
  });

  it('fails the next N requests, counting down, and charges none of them', async () => {
    await control({ inject: { failure: 'overloaded', times: 3 } });
    const statuses: number[] = [];
    const remaining: unknown[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push((await runTask(harness.server, 'n-shot')).status);
      remaining.push(
        ((await call(harness.server, 'GET', '/api/control')).json as { inject: unknown }).inject,
      );
    }
    expect(statuses).toEqual([529, 529, 529, 200]);
    expect(remaining).toEqual([
      { failure: 'overloaded', remaining: 2, retryAfterSeconds: null },
      expect.anything(),
      null,
      null,
    ]);
    const charges = (await ledgerOf(harness.server)).entries.filter((entry) => entry.type === 'charge');
    expect(charges).toHaveLength(1);
  });

  it('answers an overload with Anthropic’s 529, with Retry-After only when asked', async () => {
    const fixture = await readFixture('anthropic-overloaded-529');
    await control({ inject: { failure: 'overloaded', times: 2 } });
    const plain = await runTask(harness.server, 'k');
    expect(plain.status).toBe(529);
    expect(plain.json).toEqual(fixture.body);
    expect(plain.headers.get('retry-after')).toBeNull();
    await control({ inject: { failure: 'overloaded', retryAfterSeconds: 4 } });
    expect((await runTask(harness.server, 'k')).headers.get('retry-after')).toBe('4');
  });

  it('answers an outage with the recorded HTML gateway page', async () => {
    const fixture = await readFixture('anthropic-504-gateway-timeout-html');
    await control({ inject: { failure: 'outage' } });
    const outage = await runTask(harness.server, 'k');
    expect(outage.status).toBe(fixture.status);
    expect(outage.headers.get('content-type')).toMatch(/^text\/html/);
    expect(outage.text).toBe(fixture.body);
    expect(outage.headers.get('cache-control')).toBe('no-store');
  });

  it('answers an outage with Anthropic’s JSON 500 when asked', async () => {
    const fixture = await readFixture('anthropic-api-error-500');
    await control({ inject: { failure: 'outage', shape: 'anthropic-500' } });
    const outage = await runTask(harness.server, 'k');
    expect(outage.status).toBe(500);
    expect(outage.json).toEqual(fixture.body);
  });

  it('cancels a pending failure with inject: null', async () => {
    await control({ inject: { failure: 'outage', times: 5 } });
    await control({ inject: null });
    expect((await runTask(harness.server, 'k')).status).toBe(200);
  });

  it('takes precedence over an empty balance, which answers once the failure is used up', async () => {
    await call(harness.server, 'PUT', '/api/control/balance', {
      body: { balance: { minor: 0, currency: 'USD' } },
    });
    await control({ errorShape: 'openrouter', inject: { failure: 'rate_limit' } });
    expect((await runTask(harness.server, 'k')).status).toBe(429);
    expect((await runTask(harness.server, 'k')).status).toBe(402);
  });

  it('is not used up by replays of a completed task', async () => {
    const first = await runTask(harness.server, 'done');
    await control({ inject: { failure: 'outage' } });
    const replay = await runTask(harness.server, 'done');
    expect(replay.status).toBe(200);
    expect(replay.json).toEqual(first.json);
    expect((await runTask(harness.server, 'fresh')).status).toBe(504);
  });

  it('does not touch recharges', async () => {
    await control({ inject: { failure: 'outage' } });
    const recharge = await call(harness.server, 'POST', '/api/recharge', {
      key: 'r',
      body: { amount: { minor: 500, currency: 'USD' } },
    });
    expect(recharge.status).toBe(200);
    expect((await runTask(harness.server, 'k')).status).toBe(504);
  });
});

describe('PUT /api/control/balance', () => {
  it('sets the balance through an adjustment entry, so the entries still add up', async () => {
    const answer = await call(harness.server, 'PUT', '/api/control/balance', {
      body: { balance: { minor: 30, currency: 'USD' } },
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ balance: { minor: 30, currency: 'USD' }, asOf: NOW });
    const ledger = await ledgerOf(harness.server);
    expect(ledger.entries.at(-1)).toMatchObject({
      type: 'adjustment',
      amount: { minor: -70 },
      idempotencyKey: null,
    });
    expect(ledger.entries.reduce((sum, entry) => sum + entry.amount.minor, 0)).toBe(30);
  });

  it('adds no entry when the balance is already the one asked for', async () => {
    await call(harness.server, 'PUT', '/api/control/balance', {
      body: { balance: { minor: 100, currency: 'USD' } },
    });
    expect((await ledgerOf(harness.server)).entries).toHaveLength(1);
  });

  it.each([
    ['a negative balance', { balance: { minor: -1, currency: 'USD' } }, 'out_of_range'],
    ['another currency', { balance: { minor: 10, currency: 'EUR' } }, 'currency_mismatch'],
    ['a lowercase currency', { balance: { minor: 10, currency: 'usd' } }, 'invalid_currency'],
    ['a fractional amount', { balance: { minor: 1.5, currency: 'USD' } }, 'invalid_type'],
    ['a bare number', { balance: 10 }, 'invalid_type'],
    ['nothing', {}, 'invalid_type'],
  ])('refuses %s', async (_label, body, code) => {
    const answer = await call(harness.server, 'PUT', '/api/control/balance', { body });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code } });
    expect(await balanceOf(harness.server)).toBe(100);
  });
});

describe('POST /api/control/reset', () => {
  it('starts a fresh ledger and scenario and forgets every key', async () => {
    expect((await runTask(harness.server, 'before-reset')).status).toBe(200);
    await control({ errorShape: 'anthropic', inject: { failure: 'outage', times: 3 }, taskLatencyMs: 9 });

    const reset = await call(harness.server, 'POST', '/api/control/reset');
    expect(reset.status).toBe(200);
    expect(reset.json).toEqual({
      scenario: { errorShape: 'openai', inject: null, taskLatencyMs: 0, rechargeDelayMs: 0 },
      balance: { minor: 100, currency: 'USD' },
      asOf: NOW,
    });
    expect((await ledgerOf(harness.server)).entries).toHaveLength(1);

    const again = await runTask(harness.server, 'before-reset');
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(await balanceOf(harness.server)).toBe(75);
  });

  it('accepts an opening balance for the fresh ledger', async () => {
    const reset = await call(harness.server, 'POST', '/api/control/reset', {
      body: { balance: { minor: 40, currency: 'USD' } },
    });
    expect(reset.json).toMatchObject({ balance: { minor: 40 } });
    expect((await ledgerOf(harness.server)).entries).toMatchObject([
      { type: 'opening', amount: { minor: 40 } },
    ]);
  });

  it('refuses a bad opening balance and keeps the ledger', async () => {
    await runTask(harness.server, 'kept');
    const reset = await call(harness.server, 'POST', '/api/control/reset', {
      body: { balance: { minor: -5, currency: 'USD' } },
    });
    expect(reset.status).toBe(400);
    expect(await balanceOf(harness.server)).toBe(75);
  });
});

describe('GET /api/balance, /api/config and /api/health', () => {
  it('reports the balance with the time it was read', async () => {
    const answer = await call(harness.server, 'GET', '/api/balance');
    expect(answer.json).toEqual({ balance: { minor: 100, currency: 'USD' }, asOf: NOW });
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('reports the price and the recharge limits', async () => {
    const answer = await call(harness.server, 'GET', '/api/config');
    expect(answer.json).toEqual({
      currency: 'USD',
      taskPrice: { minor: 25, currency: 'USD' },
      recharge: {
        min: { minor: 500, currency: 'USD' },
        max: { minor: 50_000, currency: 'USD' },
        cards: ['good', 'declined', 'authentication_required'],
      },
      errorShapes: ['openai', 'anthropic', 'anthropic-402', 'deepseek', 'openrouter'],
    });
  });

  it('answers health checks', async () => {
    expect((await call(harness.server, 'GET', '/api/health')).json).toEqual({ ok: true });
  });
});
