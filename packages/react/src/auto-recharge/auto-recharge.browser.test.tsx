import '@tactful/react/styles.css';
import type { AutoRechargeLimits, AutoRechargeSettings as Settings } from '@tactful/core';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Frame, LOOKS, violations } from '../../../../test/support/looks';
import { tactfulI18n, usd, withI18n } from '../balance/test-utils';
import { AutoRechargeSettings } from './AutoRechargeSettings';

const limits: AutoRechargeLimits = { currency: 'USD', min: usd(500), max: usd(100_000) };
const target: Settings = {
  enabled: true,
  threshold: usd(1_000),
  method: 'target',
  amount: usd(5_000),
  monthlyCap: usd(20_000),
  paymentMethod: { status: 'ok' },
};

const cases: readonly (readonly [string, Settings])[] = [
  ['off', { ...target, enabled: false }],
  ['target with a cap', target],
  ['fixed without a cap', { ...target, method: 'fixed', amount: usd(2_500), monthlyCap: null }],
  ['invalid', { ...target, amount: usd(800), monthlyCap: usd(100) }],
  [
    'expiring card',
    { ...target, paymentMethod: { status: 'expiring', last4: '4242', expiry: { month: 2, year: 2027 } } },
  ],
  ['failed payment', { ...target, paymentMethod: { status: 'failed' } }],
  ['expiring card it cannot name', { ...target, paymentMethod: { status: 'expiring' } }],
  ['no payment method', { ...target, paymentMethod: { status: 'missing' } }],
];

describe.each(LOOKS)('AutoRechargeSettings, $name', (look) => {
  let i18n: I18n;

  it.each(cases)('%s has no axe violations, messages shown', async (name, settings) => {
    i18n ??= await tactfulI18n(look.lng);
    const screen = await render(
      withI18n(
        i18n,
        <Frame look={look}>
          <AutoRechargeSettings defaultValue={settings} limits={limits} onUpdatePaymentMethod={() => {}} />
        </Frame>,
      ),
    );
    // Saving shows every message the settings have, so they are checked too.
    await userEvent.click(
      screen.getByRole('button', { name: i18n.t('autoRecharge.save', { ns: 'tactful' }) }),
    );
    if (name === 'invalid') {
      expect(screen.container.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0);
    }
    expect(await violations(screen.container)).toEqual([]);
  });

  it('has no axe violations when saving did not go through', async () => {
    i18n ??= await tactfulI18n(look.lng);
    const screen = await render(
      withI18n(
        i18n,
        <Frame look={look}>
          <AutoRechargeSettings
            defaultValue={target}
            limits={limits}
            onSave={() => Promise.reject(new Error('offline'))}
          />
        </Frame>,
      ),
    );
    const t = (key: string) => i18n.t(key, { ns: 'tactful' });
    await userEvent.click(screen.getByRole('button', { name: t('autoRecharge.save') }));
    await expect.element(screen.getByText(t('autoRecharge.save_failed'))).toBeVisible();
    expect(await violations(screen.container)).toEqual([]);
  });
});

describe('AutoRechargeSettings in Chromium', () => {
  it('is filled in and saved with the keyboard alone', async () => {
    const i18n = await tactfulI18n('en');
    const saved: Settings[] = [];
    const screen = await render(
      withI18n(
        i18n,
        <AutoRechargeSettings
          limits={limits}
          onSave={(settings) => {
            saved.push(settings);
          }}
        />,
      ),
    );
    const t = (key: string) => i18n.t(key, { ns: 'tactful' });
    await userEvent.click(screen.getByRole('checkbox', { name: t('autoRecharge.enabled_label') }));
    await userEvent.keyboard('{Tab}10');
    await userEvent.keyboard('{Tab}{ArrowDown}');
    await expect.element(screen.getByRole('radio', { name: t('autoRecharge.method_fixed') })).toBeChecked();
    await userEvent.keyboard('{Tab}25{Tab}200{Enter}');
    expect(saved).toEqual([
      { enabled: true, threshold: usd(1_000), method: 'fixed', amount: usd(2_500), monthlyCap: usd(20_000) },
    ]);
    await expect.element(screen.getByText(t('autoRecharge.saved'))).toBeVisible();
  });
});
