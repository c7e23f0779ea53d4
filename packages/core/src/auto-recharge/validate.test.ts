import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../money/money';
import type { AutoRechargeLimits, AutoRechargeSettings } from './auto-recharge.types';
import { AUTO_RECHARGE_VALIDATION_KEYS } from './keys';
import { validateAutoRecharge } from './validate';

const usd = (major: number) => money(major, 'USD');
const limits: AutoRechargeLimits = { currency: 'USD', min: usd(5), max: usd(1_000) };
const target: AutoRechargeSettings = {
  enabled: true,
  threshold: usd(10),
  method: 'target',
  amount: usd(50),
  monthlyCap: usd(200),
  paymentMethod: { status: 'ok', last4: '4242', expiry: { month: 12, year: 2030 } },
};
const fixed: AutoRechargeSettings = { ...target, method: 'fixed', amount: usd(25) };

/** The issue keys by field, short, for readable expectations. */
const issuesOf = (settings: AutoRechargeSettings, bounds: AutoRechargeLimits = limits) =>
  validateAutoRecharge(settings, bounds).issues.map(
    (issue) => `${issue.field}:${issue.key.replace('autoRecharge.validation.', '')}`,
  );

describe('validateAutoRecharge', () => {
  it('accepts sound settings of either method', () => {
    expect(validateAutoRecharge(target, limits)).toEqual({ valid: true, issues: [], fields: {} });
    expect(validateAutoRecharge(fixed, limits).valid).toBe(true);
    expect(validateAutoRecharge({ ...target, monthlyCap: null }, limits).valid).toBe(true);
    expect(validateAutoRecharge({ ...target, threshold: usd(0) }, limits).valid).toBe(true);
  });

  it('asks for what is missing', () => {
    expect(issuesOf({ ...target, threshold: null, amount: null })).toEqual([
      'threshold:threshold_required',
      'amount:amount_required',
    ]);
  });

  it('flags a value that is not a usable amount, whatever else is wrong', () => {
    const nan = { minor: Number.NaN, currency: 'USD' };
    expect(
      issuesOf({
        ...target,
        threshold: nan,
        amount: { minor: 12.5, currency: 'USD' },
        monthlyCap: money(9, 'EUR'),
      }),
    ).toEqual(['threshold:not_a_number', 'amount:not_a_number', 'monthlyCap:not_a_number']);
  });

  it('refuses a negative threshold and an amount that is not positive', () => {
    expect(issuesOf({ ...fixed, threshold: usd(-1), amount: usd(0) })).toEqual([
      'threshold:threshold_negative',
      'amount:amount_not_positive',
    ]);
    expect(issuesOf({ ...fixed, amount: usd(-3) }, { currency: 'USD' })).toEqual([
      'amount:amount_not_positive',
    ]);
  });

  it('keeps the amount within the app’s limits, saying which limit, as a currency value', () => {
    const below = validateAutoRecharge({ ...fixed, amount: usd(4.99) }, limits);
    expect(below.fields.amount).toEqual({
      field: 'amount',
      key: 'autoRecharge.validation.amount_below_min',
      values: { min: 5 },
      formatParams: { min: { currency: 'USD' } },
    });
    const above = validateAutoRecharge({ ...target, amount: usd(1_000.01), monthlyCap: null }, limits);
    expect(above.fields.amount).toMatchObject({
      key: 'autoRecharge.validation.amount_above_max',
      values: { max: 1_000 },
    });
    expect(issuesOf({ ...fixed, amount: usd(5) })).toEqual([]);
    expect(issuesOf({ ...fixed, amount: usd(1_000), monthlyCap: null })).toEqual([]);
  });

  it('requires the target to be above the threshold', () => {
    const issue = validateAutoRecharge({ ...target, amount: usd(10) }, limits).fields.amount;
    expect(issue).toEqual({
      field: 'amount',
      key: 'autoRecharge.validation.target_not_above_threshold',
      values: { threshold: 10 },
      formatParams: { threshold: { currency: 'USD' } },
    });
    // A fixed amount may be below the threshold: it is added, not a level to reach.
    expect(issuesOf({ ...fixed, amount: usd(5) })).toEqual([]);
  });

  it('requires a cap that is positive and fits at least one recharge', () => {
    expect(issuesOf({ ...target, monthlyCap: usd(0) })).toEqual(['monthlyCap:cap_not_positive']);
    // Fixed: one recharge is the amount.
    expect(issuesOf({ ...fixed, monthlyCap: usd(25) })).toEqual([]);
    expect(validateAutoRecharge({ ...fixed, monthlyCap: usd(24.99) }, limits).fields.monthlyCap).toEqual({
      field: 'monthlyCap',
      key: 'autoRecharge.validation.cap_below_amount',
      values: { amount: 25 },
      formatParams: { amount: { currency: 'USD' } },
    });
    // Target: the smallest top-up starts one cent below the threshold: 50 − 9.99.
    expect(issuesOf({ ...target, monthlyCap: usd(40.01) })).toEqual([]);
    expect(validateAutoRecharge({ ...target, monthlyCap: usd(40) }, limits).fields.monthlyCap).toMatchObject({
      values: { amount: 40.01 },
    });
  });

  it('counts the minimum charge in the smallest target top-up', () => {
    const close = { ...target, threshold: usd(48), amount: usd(50) };
    expect(validateAutoRecharge({ ...close, monthlyCap: usd(4) }, limits).fields.monthlyCap).toMatchObject({
      key: 'autoRecharge.validation.cap_below_amount',
      values: { amount: 5 },
    });
    expect(issuesOf({ ...close, monthlyCap: usd(5) })).toEqual([]);
  });

  it('leaves the cap alone while the amount it depends on is wrong', () => {
    expect(issuesOf({ ...target, amount: usd(2), monthlyCap: usd(1) })).toEqual(['amount:amount_below_min']);
  });

  it('checks only that values are numbers while switched off', () => {
    expect(
      issuesOf({ ...target, enabled: false, threshold: null, amount: usd(-5), monthlyCap: usd(0) }),
    ).toEqual([]);
    expect(issuesOf({ ...target, enabled: false, amount: { minor: Number.NaN, currency: 'USD' } })).toEqual([
      'amount:not_a_number',
    ]);
  });

  it('ignores unusable limits rather than failing on them', () => {
    expect(
      issuesOf(fixed, { currency: 'USD', min: money(5, 'EUR'), max: { minor: Number.NaN, currency: 'USD' } }),
    ).toEqual([]);
  });

  it('works in currencies with other minor units', () => {
    const yen = (major: number) => money(major, 'JPY');
    const issue = validateAutoRecharge(
      { enabled: true, method: 'fixed', threshold: yen(1_000), amount: yen(300) },
      { currency: 'jpy', min: yen(500) },
    ).fields.amount;
    expect(issue).toMatchObject({ values: { min: 500 }, formatParams: { min: { currency: 'JPY' } } });
  });

  it('gives one issue at most per field, only published keys, and is valid exactly when there is none (property)', () => {
    const amountArb = fc.option(
      fc.oneof(
        fc.integer({ min: -10_000, max: 200_000 }).map((minor) => ({ minor, currency: 'USD' })),
        fc.constant({ minor: Number.NaN, currency: 'USD' }),
        fc.constant({ minor: 100, currency: 'EUR' }),
      ),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.record({
          enabled: fc.boolean(),
          method: fc.constantFrom('target' as const, 'fixed' as const),
          threshold: amountArb,
          amount: amountArb,
          monthlyCap: amountArb,
        }),
        (settings) => {
          const result = validateAutoRecharge(settings, limits);
          const fields = result.issues.map((issue) => issue.field);
          expect(new Set(fields).size).toBe(fields.length);
          for (const issue of result.issues) {
            expect(AUTO_RECHARGE_VALIDATION_KEYS).toContain(issue.key);
            expect(result.fields[issue.field]).toBe(issue);
          }
          expect(result.valid).toBe(result.issues.length === 0);
          if (result.valid && settings.enabled) {
            // What validation lets through is usable: a recharge fits the cap and the target is reachable.
            expect(settings.threshold?.minor).toBeGreaterThanOrEqual(0);
            expect(settings.amount?.minor).toBeGreaterThanOrEqual(500);
            if (settings.method === 'target') {
              expect(settings.amount?.minor).toBeGreaterThan(
                settings.threshold?.minor ?? Number.POSITIVE_INFINITY,
              );
            }
          }
        },
      ),
    );
  });
});
