import { describe, expect, it } from 'vitest';
import { money } from '../money/money';
import type { BalanceSnapshot } from './balance.types';
import { BALANCE_COPY_KEYS, BALANCE_PLURAL_COPY_KEYS, balanceCopy } from './copy';
import { resolveBalanceThresholds } from './levels';

const usd = (major: number) => money(major, 'USD');
const AS_OF = 1_700_000_000_000;

const empty: BalanceSnapshot = {
  balance: null,
  asOf: null,
  level: null,
  recoveredFrom: null,
  runway: { status: 'unknown', reason: 'no_balance' },
  thresholds: null,
  samples: [],
  loading: true,
  error: null,
};

const estimate = (days: number) =>
  ({
    status: 'estimate',
    days,
    runsOutAt: AS_OF + days * 86_400_000,
    burnPerDay: usd(5),
    basedOnMs: 7_200_000,
    readings: 3,
  }) as const;

function snapshot(patch: Partial<BalanceSnapshot>): BalanceSnapshot {
  return {
    ...empty,
    balance: usd(12.5),
    asOf: AS_OF,
    level: 'ok',
    thresholds: resolveBalanceThresholds({ low: usd(10), critical: usd(2) }, 'USD'),
    loading: false,
    ...patch,
  };
}

describe('balanceCopy', () => {
  it('says nothing it does not know before the first reading', () => {
    expect(balanceCopy(empty)).toEqual({
      banner: null,
      runway: null,
      asOf: null,
      meterLabel: { key: 'balance.meter_label' },
      thresholdMarkers: [],
      setUpAutoRecharge: null,
    });
  });

  it('gives each warning level its banner, with the balance as a major-unit currency value', () => {
    for (const [level, tone] of [
      ['low', 'warning'],
      ['critical', 'warning'],
      ['depleted', 'critical'],
      ['recovered', 'success'],
    ] as const) {
      expect(balanceCopy(snapshot({ level })).banner).toEqual({
        level,
        tone,
        title: { key: `balance.${level}.title` },
        body: {
          key: `balance.${level}.body`,
          values: { balance: 12.5 },
          formatParams: { balance: { currency: 'USD' } },
        },
      });
    }
    expect(balanceCopy(snapshot({ level: 'ok' })).banner).toBeNull();
  });

  it('formats amounts in the currency’s own minor digits', () => {
    const copy = balanceCopy(snapshot({ level: 'low', balance: money(1500, 'JPY'), thresholds: null }));
    expect(copy.banner?.body).toEqual({
      key: 'balance.low.body',
      values: { balance: 1500 },
      formatParams: { balance: { currency: 'JPY' } },
    });
  });

  it('states the runway in whole days rounded down, under a day, or honestly unknown', () => {
    expect(balanceCopy(snapshot({ runway: estimate(3.9) })).runway).toEqual({
      key: 'balance.runway',
      values: { count: 3 },
    });
    expect(balanceCopy(snapshot({ runway: estimate(1) })).runway).toEqual({
      key: 'balance.runway',
      values: { count: 1 },
    });
    expect(balanceCopy(snapshot({ runway: estimate(0.4) })).runway).toEqual({
      key: 'balance.runway_under_day',
    });
    expect(
      balanceCopy(snapshot({ runway: { status: 'unknown', reason: 'too_few_samples' } })).runway,
    ).toEqual({ key: 'balance.runway_unknown' });
    expect(balanceCopy(snapshot({ runway: { status: 'not_burning' } })).runway).toBeNull();
    // Once run out, a runway would contradict the banner.
    expect(balanceCopy(snapshot({ level: 'depleted', runway: estimate(0) })).runway).toBeNull();
  });

  it('says as of when, leaving the date style to the string', () => {
    expect(balanceCopy(snapshot({})).asOf).toEqual({ key: 'balance.as_of', values: { asOf: AS_OF } });
  });

  it('labels the meter and marks the low and critical thresholds', () => {
    const copy = balanceCopy(snapshot({}));
    expect(copy.meterLabel).toEqual({
      key: 'balance.meter_label',
      values: { balance: 12.5 },
      formatParams: { balance: { currency: 'USD' } },
    });
    expect(copy.thresholdMarkers).toEqual([
      {
        level: 'low',
        at: usd(10),
        label: {
          key: 'balance.threshold_marker',
          values: { amount: 10 },
          formatParams: { amount: { currency: 'USD' } },
        },
      },
      {
        level: 'critical',
        at: usd(2),
        label: {
          key: 'balance.threshold_marker',
          values: { amount: 2 },
          formatParams: { amount: { currency: 'USD' } },
        },
      },
    ]);
  });

  it('offers to set up auto-recharge on a warning, only when the app says it is off', () => {
    const low = snapshot({ level: 'low' });
    expect(balanceCopy(low, { autoRechargeEnabled: false }).setUpAutoRecharge).toEqual({
      key: 'balance.set_up_auto_recharge',
    });
    expect(balanceCopy(low, { autoRechargeEnabled: true }).setUpAutoRecharge).toBeNull();
    expect(balanceCopy(low).setUpAutoRecharge).toBeNull();
    expect(
      balanceCopy(snapshot({ level: 'ok' }), { autoRechargeEnabled: false }).setUpAutoRecharge,
    ).toBeNull();
    expect(
      balanceCopy(snapshot({ level: 'recovered' }), { autoRechargeEnabled: false }).setUpAutoRecharge,
    ).toBeNull();
  });

  it('only ever emits keys from the published key lists', () => {
    const published = new Set<string>([...BALANCE_COPY_KEYS, ...BALANCE_PLURAL_COPY_KEYS]);
    const levels = [null, 'ok', 'low', 'critical', 'depleted', 'recovered'] as const;
    const runways = [estimate(5), estimate(0.5), { status: 'not_burning' } as const, empty.runway];
    for (const level of levels) {
      for (const runway of runways) {
        const copy = balanceCopy(snapshot({ level, runway }), { autoRechargeEnabled: false });
        const refs = [
          copy.banner?.title,
          copy.banner?.body,
          copy.runway,
          copy.asOf,
          copy.meterLabel,
          copy.setUpAutoRecharge,
          ...copy.thresholdMarkers.map((marker) => marker.label),
        ];
        for (const ref of refs) if (ref) expect(published).toContain(ref.key);
      }
    }
  });
});
