import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  balanceOf,
  call,
  ledgerOf,
  readFixture,
  recharge,
  startTestServer,
  type TestServer,
} from './testing';

let harness: TestServer;

beforeEach(async () => {
  harness = await startTestServer({ openingBalanceMinor: 100 });
});

afterEach(async () => {
  await harness.dispose();
});

describe('POST /api/recharge', () => {
  it('adds a good card’s amount once and answers with the new balance', async () => {
    const answer = await recharge(harness.server, 'pay-1', 1000);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      amount: { minor: 1000, currency: 'USD' },
      balanceAfter: { minor: 1100, currency: 'USD' },
      idempotencyKey: 'pay-1',
    });
    expect(await balanceOf(harness.server)).toBe(1100);
    const entries = (await ledgerOf(harness.server)).entries.filter((entry) => entry.type === 'recharge');
    expect(entries).toMatchObject([{ idempotencyKey: 'pay-1', amount: { minor: 1000 } }]);
  });

  it('treats a missing card as a good one', async () => {
    expect((await recharge(harness.server, 'k', 500)).status).toBe(200);
  });

  it('replays a repeated key without adding again', async () => {
    const first = await recharge(harness.server, 'pay-twice', 700, 'good');
    const second = await recharge(harness.server, 'pay-twice', 700, 'good');
    expect(second.json).toEqual(first.json);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await balanceOf(harness.server)).toBe(800);
  });

  it('adds once when duplicates arrive during the checkout delay', async () => {
    await call(harness.server, 'PUT', '/api/control', { body: { rechargeDelayMs: 50 } });
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => recharge(harness.server, 'double-click', 500)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const ledger = await ledgerOf(harness.server);
    expect(ledger.entries.filter((entry) => entry.type === 'recharge')).toHaveLength(1);
    expect(ledger.doubleCharges).toEqual([]);
    expect(ledger.balance.minor).toBe(600);
  });

  it('credits only after the checkout delay', async () => {
    await call(harness.server, 'PUT', '/api/control', { body: { rechargeDelayMs: 1_000 } });
    const pending = recharge(harness.server, 'slow', 500);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await balanceOf(harness.server)).toBe(100);
    expect((await pending).status).toBe(200);
    expect(await balanceOf(harness.server)).toBe(600);
  });

  it('answers a declined card with Stripe’s card_error shape and adds nothing', async () => {
    const recorded = await readFixture('stripe-402-authentication-required-decline');
    const answer = await recharge(harness.server, 'declined', 1000, 'declined');
    expect(answer.status).toBe(402);
    expect(answer.json).toMatchObject({
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
      },
    });
    // Built on the recorded Stripe error: the same fields, with the decline's own codes.
    const recordedFields = Object.keys((recorded.body as { error: object }).error);
    expect(Object.keys((answer.json as { error: object }).error)).toEqual(
      expect.arrayContaining(recordedFields),
    );
    expect(answer.headers.get('request-id')).toBe(recorded.headers['Request-Id']);
    expect(await balanceOf(harness.server)).toBe(100);
    expect((await ledgerOf(harness.server)).entries.some((entry) => entry.type === 'recharge')).toBe(false);
  });

  it('answers a card that needs authentication with the recorded Stripe response', async () => {
    const recorded = await readFixture('stripe-402-authentication-required-decline');
    const answer = await recharge(harness.server, 'sca', 1000, 'authentication_required');
    expect(answer.status).toBe(recorded.status);
    expect(answer.json).toEqual(recorded.body);
    expect(await balanceOf(harness.server)).toBe(100);
  });

  it('lets a declined payment be tried again with a good card under the same key, adding once', async () => {
    expect((await recharge(harness.server, 'checkout-1', 2000, 'declined')).status).toBe(402);
    expect((await recharge(harness.server, 'checkout-1', 2000, 'good')).status).toBe(200);
    expect(
      (await recharge(harness.server, 'checkout-1', 2000, 'good')).headers.get('idempotent-replayed'),
    ).toBe('true');
    expect(await balanceOf(harness.server)).toBe(2100);
  });

  it('refuses to replay a completed key for a different amount', async () => {
    await recharge(harness.server, 'fixed', 500);
    const other = await recharge(harness.server, 'fixed', 900);
    expect(other.status).toBe(422);
    expect(await balanceOf(harness.server)).toBe(600);
  });

  it.each([
    ['below the minimum', { amount: { minor: 499, currency: 'USD' } }, 'out_of_range'],
    ['above the maximum', { amount: { minor: 50_001, currency: 'USD' } }, 'out_of_range'],
    ['a fractional amount', { amount: { minor: 500.5, currency: 'USD' } }, 'invalid_type'],
    ['an amount as text', { amount: { minor: '500', currency: 'USD' } }, 'invalid_type'],
    ['another currency', { amount: { minor: 500, currency: 'EUR' } }, 'currency_mismatch'],
    ['no amount', { card: 'good' }, 'invalid_type'],
    ['an unknown card', { amount: { minor: 500, currency: 'USD' }, card: 'stolen' }, 'invalid_value'],
    ['an unknown field', { amount: { minor: 500, currency: 'USD' }, tip: 5 }, 'unknown_field'],
  ])('refuses %s and adds nothing', async (_label, body, code) => {
    const answer = await call(harness.server, 'POST', '/api/recharge', { key: 'bad', body });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code } });
    expect(await balanceOf(harness.server)).toBe(100);
  });

  it('refuses a recharge without an idempotency key', async () => {
    const answer = await call(harness.server, 'POST', '/api/recharge', {
      body: { amount: { minor: 500, currency: 'USD' } },
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code: 'missing_idempotency_key' } });
  });

  it('follows configured limits', async () => {
    const custom = await startTestServer({ rechargeMinMinor: 100, rechargeMaxMinor: 200 });
    try {
      expect((await recharge(custom.server, 'a', 100)).status).toBe(200);
      expect((await recharge(custom.server, 'b', 201)).status).toBe(400);
    } finally {
      await custom.dispose();
    }
  });
});
