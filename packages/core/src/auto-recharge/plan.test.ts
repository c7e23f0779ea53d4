import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../money/money';
import type { AutoRechargeLimits, AutoRechargeSettings } from './auto-recharge.types';
import { planAutoRecharge } from './plan';
import { validateAutoRecharge } from './validate';

const usd = (major: number) => money(major, 'USD');
const limits: AutoRechargeLimits = { currency: 'USD', min: usd(5), max: usd(1_000) };
const target: AutoRechargeSettings = {
  enabled: true,
  threshold: usd(10),
  method: 'target',
  amount: usd(50),
  monthlyCap: usd(200),
  paymentMethod: { status: 'ok' },
};
const fixed: AutoRechargeSettings = { ...target, method: 'fixed', amount: usd(25) };

describe('planAutoRecharge', () => {
  it('does nothing while off, or while the balance is not below the threshold', () => {
    expect(planAutoRecharge({ ...target, enabled: false }, { balance: usd(0) })).toEqual({
      status: 'none',
      reason: 'disabled',
    });
    expect(planAutoRecharge(target, { balance: usd(10), limits })).toEqual({
      status: 'none',
      reason: 'not_below_threshold',
    });
  });

  it('tops up to the target', () => {
    expect(planAutoRecharge(target, { balance: usd(9.99), limits })).toEqual({
      status: 'charge',
      amount: usd(40.01),
      balanceAfter: usd(50),
    });
  });

  it('raises a small top-up to the minimum charge and lowers a large one to the maximum', () => {
    const close = { ...target, threshold: usd(48), monthlyCap: null };
    expect(planAutoRecharge(close, { balance: usd(47), limits })).toEqual({
      status: 'charge',
      amount: usd(5),
      balanceAfter: usd(52),
    });
    const high = { ...target, amount: usd(1_000), monthlyCap: null };
    expect(planAutoRecharge(high, { balance: usd(-20), limits })).toEqual({
      status: 'charge',
      amount: usd(1_000),
      balanceAfter: usd(980),
    });
  });

  it('adds a fixed amount', () => {
    expect(planAutoRecharge(fixed, { balance: usd(3), limits })).toEqual({
      status: 'charge',
      amount: usd(25),
      balanceAfter: usd(28),
    });
  });

  it('never goes past the monthly cap, and never splits a recharge to fit', () => {
    expect(planAutoRecharge(fixed, { balance: usd(3), chargedThisMonth: usd(175), limits })).toMatchObject({
      status: 'charge',
    });
    expect(planAutoRecharge(fixed, { balance: usd(3), chargedThisMonth: usd(175.01), limits })).toEqual({
      status: 'blocked',
      reason: 'monthly_cap',
      amount: usd(25),
      capRemaining: usd(24.99),
    });
    expect(planAutoRecharge(fixed, { balance: usd(3), chargedThisMonth: usd(500), limits })).toMatchObject({
      capRemaining: usd(0),
    });
  });

  it('cannot charge without a working payment method; an expiring card still works', () => {
    for (const status of ['failed', 'missing'] as const) {
      expect(planAutoRecharge({ ...fixed, paymentMethod: { status } }, { balance: usd(3), limits })).toEqual({
        status: 'blocked',
        reason: 'payment_method',
        amount: usd(25),
      });
    }
    const expiring = { ...fixed, paymentMethod: { status: 'expiring' as const, last4: '4242' } };
    expect(planAutoRecharge(expiring, { balance: usd(3), limits }).status).toBe('charge');
    const { paymentMethod: _, ...unknownCard } = fixed;
    expect(planAutoRecharge(unknownCard, { balance: usd(3), limits }).status).toBe('charge');
  });

  it('never charges on settings or inputs that do not hold together', () => {
    const invalid = { status: 'none', reason: 'invalid' };
    expect(planAutoRecharge({ ...target, amount: usd(8) }, { balance: usd(1), limits })).toEqual(invalid);
    expect(planAutoRecharge(target, { balance: money(1, 'EUR'), limits })).toEqual(invalid);
    expect(planAutoRecharge(target, { balance: { minor: Number.NaN, currency: 'USD' }, limits })).toEqual(
      invalid,
    );
    expect(planAutoRecharge(target, { balance: usd(1), chargedThisMonth: money(1, 'EUR'), limits })).toEqual(
      invalid,
    );
    expect(planAutoRecharge(target, { balance: usd(1), limits: { currency: 'EUR' } })).toEqual(invalid);
  });

  it('works without limits, in the balance’s currency', () => {
    expect(planAutoRecharge(target, { balance: usd(9.99) })).toMatchObject({
      status: 'charge',
      amount: usd(40.01),
    });
  });

  it('over a month of random usage, charges never exceed the cap, and each keeps its promise (property)', () => {
    const settingsArb = fc
      .record({
        method: fc.constantFrom('target' as const, 'fixed' as const),
        threshold: fc.integer({ min: 0, max: 20_000 }),
        amount: fc.integer({ min: 500, max: 100_000 }),
        cap: fc.option(fc.integer({ min: 1, max: 300_000 }), { nil: null }),
      })
      .map(
        ({ method, threshold, amount, cap }): AutoRechargeSettings => ({
          enabled: true,
          method,
          threshold: { minor: threshold, currency: 'USD' },
          amount: { minor: amount, currency: 'USD' },
          monthlyCap: cap === null ? null : { minor: cap, currency: 'USD' },
        }),
      )
      .filter((settings) => validateAutoRecharge(settings, limits).valid);
    fc.assert(
      fc.property(
        settingsArb,
        fc.integer({ min: -5_000, max: 50_000 }),
        fc.array(fc.integer({ min: 0, max: 30_000 }), { maxLength: 60 }),
        (settings, start, spends) => {
          let balance = start;
          let charged = 0;
          for (const spend of spends) {
            balance -= spend;
            const plan = planAutoRecharge(settings, {
              balance: { minor: balance, currency: 'USD' },
              chargedThisMonth: { minor: charged, currency: 'USD' },
              limits,
            });
            const threshold = settings.threshold?.minor ?? 0;
            const amount = settings.amount?.minor ?? 0;
            if (balance >= threshold) expect(plan).toEqual({ status: 'none', reason: 'not_below_threshold' });
            if (plan.status !== 'charge') continue;
            expect(plan.amount.minor).toBeGreaterThanOrEqual(500);
            expect(plan.amount.minor).toBeLessThanOrEqual(100_000);
            expect(plan.balanceAfter.minor).toBe(balance + plan.amount.minor);
            if (settings.method === 'fixed') expect(plan.amount.minor).toBe(amount);
            else if (plan.amount.minor < 100_000)
              expect(plan.balanceAfter.minor).toBeGreaterThanOrEqual(amount);
            balance = plan.balanceAfter.minor;
            charged += plan.amount.minor;
            if (settings.monthlyCap) expect(charged).toBeLessThanOrEqual(settings.monthlyCap.minor);
          }
        },
      ),
    );
  });
});
