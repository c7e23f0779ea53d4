// In Node, with no DOM: every component of this area renders on the server, copy and all.
import type { BalanceSnapshot } from '@tactful/core';
import { createTactfulI18n } from '@tactful/i18n';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { AutoRechargeSettings } from '../auto-recharge/AutoRechargeSettings';
import { PaymentIssueBanner } from '../payment/PaymentIssueBanner';
import { BalanceMeter } from './BalanceMeter';
import { LowBalanceBanner } from './LowBalanceBanner';

const usd = (minor: number) => ({ minor, currency: 'USD' });
const snapshot: BalanceSnapshot = {
  balance: usd(800),
  asOf: Date.UTC(2026, 10, 25, 14, 5),
  level: 'low',
  recoveredFrom: null,
  runway: { status: 'unknown', reason: 'too_few_samples' },
  thresholds: {
    currency: 'USD',
    reference: usd(5_000),
    bands: [{ level: 'low', below: usd(1_000), leaveAt: usd(1_100) }],
  },
  samples: [],
  loading: false,
  error: null,
};

describe('on the server', () => {
  it('renders every component with its copy, without a DOM', async () => {
    expect(typeof document).toBe('undefined');
    const i18n = await createTactfulI18n({ lng: 'en' });
    const html = (element: ReactElement) =>
      renderToString(createElement(I18nextProvider, { i18n }, element))
        .replaceAll('&#x27;', "'")
        .replaceAll('&amp;', '&');
    const t = (key: string) => i18n.t(key, { ns: 'tactful' });
    expect(html(createElement(LowBalanceBanner, { snapshot, rechargeHref: '/billing' }))).toContain(
      t('balance.low.title'),
    );
    expect(html(createElement(BalanceMeter, { snapshot }))).toContain('role="meter"');
    expect(html(createElement(PaymentIssueBanner, { paymentMethod: { status: 'failed' } }))).toContain(
      t('payment.failed.title'),
    );
    const form = html(
      createElement(AutoRechargeSettings, {
        limits: { currency: 'USD' },
        defaultValue: { enabled: true, threshold: usd(1_000), method: 'target', amount: usd(5_000) },
      }),
    );
    expect(form).toContain(t('autoRecharge.title'));
    expect(form).toContain('value="10.00"');
  });
});
