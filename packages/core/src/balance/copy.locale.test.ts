// The contract with the copy: every reference the balance and auto-recharge helpers produce renders
// through i18next with the shipped English strings, with every placeholder filled.
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AutoRechargeSettings } from '../auto-recharge/auto-recharge.types';
import { autoRechargeSummary } from '../auto-recharge/summary';
import { validateAutoRecharge } from '../auto-recharge/validate';
import { money } from '../money/money';
import type { BalanceSnapshot } from './balance.types';
import { balanceCopy } from './copy';
import { resolveBalanceThresholds } from './levels';

const english = JSON.parse(
  readFileSync(new URL('../../../../locales/en/tactful.json', import.meta.url), 'utf8'),
);
const i18n = i18next.createInstance();
const missing: string[] = [];
beforeAll(() =>
  i18n.init({
    lng: 'en',
    ns: ['tactful'],
    defaultNS: 'tactful',
    resources: { en: { tactful: english } },
    interpolation: { escapeValue: false },
    missingInterpolationHandler: (_text: string, match: RegExpExecArray) => {
      missing.push(match[0]);
      return '';
    },
  }),
);

interface Ref {
  readonly key: string;
  readonly values?: Readonly<Record<string, unknown>>;
  readonly formatParams?: Readonly<Record<string, unknown>>;
}

function render(ref: Ref): string {
  missing.length = 0;
  const text = i18n.t(ref.key, { ...ref.values, formatParams: ref.formatParams });
  expect(missing, ref.key).toEqual([]);
  expect(text, ref.key).not.toBe(ref.key);
  expect(text, ref.key).not.toMatch(/\{\{|\$t\(/);
  expect(text.trim(), ref.key).not.toBe('');
  return text;
}

const usd = (major: number) => money(major, 'USD');
const base: BalanceSnapshot = {
  balance: usd(12.5),
  asOf: Date.UTC(2025, 0, 15, 9, 30),
  level: 'ok',
  recoveredFrom: null,
  runway: { status: 'unknown', reason: 'too_few_samples' },
  thresholds: resolveBalanceThresholds({ low: usd(10), critical: usd(2) }, 'USD'),
  samples: [],
  loading: false,
  error: null,
};

describe('balance and auto-recharge copy in English', () => {
  it('renders every banner, runway, date, meter and marker reference, with the amounts formatted', () => {
    for (const level of ['low', 'critical', 'depleted', 'recovered'] as const) {
      for (const runway of [
        base.runway,
        { status: 'estimate', days: 1.2, runsOutAt: 0, burnPerDay: usd(10), basedOnMs: 0, readings: 3 },
        { status: 'estimate', days: 6.7, runsOutAt: 0, burnPerDay: usd(2), basedOnMs: 0, readings: 3 },
        { status: 'estimate', days: 0.3, runsOutAt: 0, burnPerDay: usd(40), basedOnMs: 0, readings: 3 },
      ] as const) {
        const copy = balanceCopy({ ...base, level, runway }, { autoRechargeEnabled: false });
        expect(render(copy.banner?.body ?? { key: 'missing' })).toContain('$12.50');
        render(copy.banner?.title ?? { key: 'missing' });
        if (copy.runway) render(copy.runway);
        if (copy.setUpAutoRecharge) render(copy.setUpAutoRecharge);
      }
    }
    const copy = balanceCopy({
      ...base,
      runway: { status: 'estimate', days: 6.7, runsOutAt: 0, burnPerDay: usd(2), basedOnMs: 0, readings: 3 },
    });
    expect(render(copy.runway ?? { key: 'missing' })).toContain('6 days');
    expect(render(copy.asOf ?? { key: 'missing' })).toContain('2025');
    render(copy.meterLabel);
    expect(copy.thresholdMarkers.map((marker) => render(marker.label))).toEqual([
      expect.stringContaining('$10.00'),
      expect.stringContaining('$2.00'),
    ]);
  });

  it('renders every validation message and summary sentence', () => {
    const limits = { currency: 'USD', min: usd(5), max: usd(1_000) };
    const settings: AutoRechargeSettings = {
      enabled: true,
      threshold: usd(10),
      method: 'target',
      amount: usd(50),
      monthlyCap: usd(200),
    };
    const nan = { minor: Number.NaN, currency: 'USD' };
    const cases: AutoRechargeSettings[] = [
      { ...settings, threshold: null, amount: null, monthlyCap: usd(0) },
      { ...settings, threshold: usd(-1), amount: usd(0) },
      { ...settings, amount: usd(1) },
      { ...settings, amount: usd(2_000) },
      { ...settings, amount: usd(8) },
      { ...settings, monthlyCap: usd(1) },
      { ...settings, threshold: nan },
    ];
    const keys = new Set<string>();
    for (const invalid of cases) {
      for (const issue of validateAutoRecharge(invalid, limits).issues) {
        keys.add(issue.key);
        render(issue);
      }
    }
    expect(keys.size).toBe(10);
    expect(render(validateAutoRecharge(cases[2] as AutoRechargeSettings, limits).issues[0] as Ref)).toContain(
      '$5.00',
    );
    const summaries = [
      ...autoRechargeSummary(settings),
      ...autoRechargeSummary({ ...settings, method: 'fixed', amount: usd(25) }),
      ...autoRechargeSummary({ ...settings, enabled: false }),
    ].map(render);
    expect(summaries.join(' ')).toMatch(/\$10\.00.*\$50\.00.*\$200\.00.*\$25\.00/);
  });
});
