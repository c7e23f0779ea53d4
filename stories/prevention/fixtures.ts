import type { BalanceSnapshot, Money } from '@tactful/core';

export const usd = (major: number): Money => ({ minor: Math.round(major * 100), currency: 'USD' });

const DAY = 86_400_000;
/** A fixed moment, so every story says the same "as of". */
export const AS_OF = Date.UTC(2026, 10, 25, 14, 5);

/** Low below $10, critical below $2, with 10 % hysteresis; the meter runs to the $50 auto-recharge target. */
export const thresholds: NonNullable<BalanceSnapshot['thresholds']> = {
  currency: 'USD',
  reference: usd(50),
  bands: [
    { level: 'low', below: usd(10), leaveAt: usd(11) },
    { level: 'critical', below: usd(2), leaveAt: usd(2.2) },
    { level: 'depleted', below: usd(0.01), leaveAt: usd(0.01) },
  ],
};

export const runway = (days: number): BalanceSnapshot['runway'] => ({
  status: 'estimate',
  days,
  runsOutAt: AS_OF + days * DAY,
  burnPerDay: usd(3),
  basedOnMs: 2 * DAY,
  readings: 24,
});

export function snapshot(
  balance: Money,
  level: BalanceSnapshot['level'],
  patch: Partial<BalanceSnapshot> = {},
): BalanceSnapshot {
  return {
    balance,
    asOf: AS_OF,
    level,
    recoveredFrom: level === 'recovered' ? 'depleted' : null,
    runway: runway(3.4),
    thresholds: balance.currency === 'USD' ? thresholds : null,
    samples: [],
    loading: false,
    error: null,
    ...patch,
  };
}
