// Shared by the balance, auto-recharge and payment tests (never imported by the package itself).
import type { BalanceSnapshot, Money } from '@tactful/core';
import { createTactfulI18n } from '@tactful/i18n';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

const instances = new Map<string, Promise<I18n>>();

/** A real Tactful i18next instance with the shipped copy, one per language. */
export function tactfulI18n(lng = 'en'): Promise<I18n> {
  let instance = instances.get(lng);
  if (!instance) {
    instance = createTactfulI18n({ lng });
    instances.set(lng, instance);
  }
  return instance;
}

export function withI18n(i18n: I18n, children: ReactNode) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

export const usd = (minor: number): Money => ({ minor, currency: 'USD' });

/** A monitor snapshot as the core would make it: low at $10, critical at $2, hysteresis 10 %. */
export function snapshotAt(
  minor: number,
  patch: Partial<BalanceSnapshot> = {},
  level: BalanceSnapshot['level'] = levelOf(minor),
): BalanceSnapshot {
  return {
    balance: usd(minor),
    asOf: Date.UTC(2026, 10, 25, 14, 5),
    level,
    recoveredFrom: level === 'recovered' ? 'low' : null,
    runway: { status: 'unknown', reason: 'too_few_samples' },
    thresholds: {
      currency: 'USD',
      reference: usd(5_000),
      bands: [
        { level: 'low', below: usd(1_000), leaveAt: usd(1_100) },
        { level: 'critical', below: usd(200), leaveAt: usd(220) },
        { level: 'depleted', below: usd(1), leaveAt: usd(1) },
      ],
    },
    samples: [],
    loading: false,
    error: null,
    ...patch,
  };
}

function levelOf(minor: number): BalanceSnapshot['level'] {
  if (minor < 1) return 'depleted';
  if (minor < 200) return 'critical';
  if (minor < 1_000) return 'low';
  return 'ok';
}

export const DAY = 86_400_000;

/** A runway estimate of this many days. */
export function runwayOf(days: number, at = Date.UTC(2026, 10, 25, 14, 5)): BalanceSnapshot['runway'] {
  return {
    status: 'estimate',
    days,
    runsOutAt: at + days * DAY,
    burnPerDay: usd(300),
    basedOnMs: 2 * DAY,
    readings: 20,
  };
}
