import { describe, expect, it } from 'vitest';
import { money } from '../money/money';
import type { AutoRechargeSettings } from './auto-recharge.types';
import { AUTO_RECHARGE_SUMMARY_KEYS } from './keys';
import { autoRechargeSummary } from './summary';

const usd = (major: number) => money(major, 'USD');
const target: AutoRechargeSettings = {
  enabled: true,
  threshold: usd(10),
  method: 'target',
  amount: usd(50),
  monthlyCap: usd(200),
};

describe('autoRechargeSummary', () => {
  it('describes recharging to a target, with the cap as its own sentence', () => {
    expect(autoRechargeSummary(target)).toEqual([
      {
        key: 'autoRecharge.summary_target',
        values: { threshold: 10, target: 50 },
        formatParams: { threshold: { currency: 'USD' }, target: { currency: 'USD' } },
      },
      { key: 'autoRecharge.summary_cap', values: { cap: 200 }, formatParams: { cap: { currency: 'USD' } } },
    ]);
  });

  it('describes adding a fixed amount, without a cap sentence when there is no cap', () => {
    expect(
      autoRechargeSummary({
        ...target,
        method: 'fixed',
        amount: money(2_500, 'JPY'),
        threshold: money(1_000, 'JPY'),
        monthlyCap: null,
      }),
    ).toEqual([
      {
        key: 'autoRecharge.summary_fixed',
        values: { threshold: 1_000, amount: 2_500 },
        formatParams: { threshold: { currency: 'JPY' }, amount: { currency: 'JPY' } },
      },
    ]);
  });

  it('says it is off when it is off, whatever the fields hold', () => {
    expect(autoRechargeSummary({ ...target, enabled: false, threshold: null })).toEqual([
      { key: 'autoRecharge.summary_off' },
    ]);
  });

  it('says nothing while the settings do not hold together', () => {
    expect(autoRechargeSummary({ ...target, threshold: null })).toEqual([]);
    expect(autoRechargeSummary({ ...target, amount: usd(5) })).toEqual([]);
    expect(autoRechargeSummary({ ...target, monthlyCap: usd(1) })).toEqual([]);
    expect(autoRechargeSummary({ ...target, amount: money(50, 'EUR') })).toEqual([]);
    expect(autoRechargeSummary({ ...target, amount: { minor: Number.NaN, currency: 'USD' } })).toEqual([]);
  });

  it('uses only published keys', () => {
    for (const settings of [target, { ...target, method: 'fixed' as const }, { ...target, enabled: false }]) {
      for (const part of autoRechargeSummary(settings))
        expect(AUTO_RECHARGE_SUMMARY_KEYS).toContain(part.key);
    }
  });
});
