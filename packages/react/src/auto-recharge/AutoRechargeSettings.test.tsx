import type { AutoRechargeLimits, AutoRechargeSettings as Settings } from '@tactful/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tactfulI18n, usd, withI18n } from '../balance/test-utils';
import { TactfulProvider } from '../provider/TactfulProvider';
import { AutoRechargeSettings } from './AutoRechargeSettings';

let i18n: I18n;
beforeAll(async () => {
  i18n = await tactfulI18n('en');
});
const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, { ns: 'tactful', ...options });
/** i18next options for amounts in dollars: `{ threshold: 10, formatParams: { threshold: { currency: 'USD' } } }`. */
const dollars = (amounts: Record<string, number>) => ({
  ...amounts,
  formatParams: Object.fromEntries(Object.keys(amounts).map((name) => [name, { currency: 'USD' }])),
});
const money = (name: string, major: number) => dollars({ [name]: major });

const limits: AutoRechargeLimits = { currency: 'USD', min: usd(500), max: usd(100_000) };
const target: Settings = {
  enabled: true,
  threshold: usd(1_000),
  method: 'target',
  amount: usd(5_000),
  monthlyCap: usd(20_000),
  paymentMethod: { status: 'ok' },
};

const field = (key: string) => screen.getByRole('textbox', { name: t(key) });
const saveButton = () => screen.getByRole('button', { name: t('autoRecharge.save') });

function App() {
  const [value, setValue] = useState(target);
  return (
    <>
      <AutoRechargeSettings limits={limits} onChange={(next) => setValue({ ...next })} value={value} />
      <button onClick={() => setValue({ ...target, threshold: usd(2_000) })} type="button">
        Reset
      </button>
      <output>{String(value.threshold?.minor)}</output>
    </>
  );
}

describe('AutoRechargeSettings', () => {
  it('groups its controls under translated legends and labels', () => {
    render(withI18n(i18n, <AutoRechargeSettings defaultValue={target} limits={limits} />));
    const group = screen.getByRole('group', { name: t('autoRecharge.title') });
    expect(within(group).getByRole('checkbox', { name: t('autoRecharge.enabled_label') })).toBeChecked();
    const method = screen.getByRole('group', { name: t('autoRecharge.method_label') });
    expect(within(method).getByRole('radio', { name: t('autoRecharge.method_target') })).toBeChecked();
    expect(within(method).getByRole('radio', { name: t('autoRecharge.method_fixed') })).not.toBeChecked();
    expect(field('autoRecharge.threshold_label')).toHaveValue('10.00');
    expect(field('autoRecharge.target_label')).toHaveValue('50.00');
    expect(field('autoRecharge.cap_label')).toHaveValue('200.00');
    expect(field('autoRecharge.threshold_label')).toHaveAccessibleDescription(
      expect.stringContaining(t('autoRecharge.threshold_help')),
    );
  });

  it('says what will happen in one summary that follows the fields', async () => {
    render(withI18n(i18n, <AutoRechargeSettings defaultValue={target} limits={limits} />));
    const summary = `${t('autoRecharge.summary_target', dollars({ threshold: 10, target: 50 }))} ${t(
      'autoRecharge.summary_cap',
      money('cap', 200),
    )}`;
    expect(screen.getByText(summary)).toBeInTheDocument();
    expect(summary).toContain('When your balance falls below $10.00, we');
    expect(saveButton()).toHaveAccessibleDescription(summary);

    await userEvent.click(screen.getByRole('radio', { name: t('autoRecharge.method_fixed') }));
    const amount = field('autoRecharge.amount_label');
    await userEvent.clear(amount);
    await userEvent.type(amount, '25');
    await userEvent.clear(field('autoRecharge.cap_label'));
    expect(
      screen.getByText(t('autoRecharge.summary_fixed', dollars({ threshold: 10, amount: 25 }))),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: t('autoRecharge.enabled_label') }));
    expect(screen.getByText(t('autoRecharge.summary_off'))).toBeInTheDocument();
    expect(amount).toBeDisabled();
  });

  it('uncontrolled: reports every change with its validation, empty amounts as null and unreadable ones as NaN', async () => {
    const onChange = vi.fn();
    render(
      withI18n(i18n, <AutoRechargeSettings defaultValue={target} limits={limits} onChange={onChange} />),
    );
    const threshold = field('autoRecharge.threshold_label');
    await userEvent.clear(threshold);
    expect(onChange.mock.lastCall?.[0].threshold).toBeNull();
    expect(onChange.mock.lastCall?.[1].fields.threshold.key).toBe(
      'autoRecharge.validation.threshold_required',
    );
    await userEvent.type(threshold, 'ten');
    expect(onChange.mock.lastCall?.[0].threshold.minor).toBeNaN();
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '12.5');
    expect(onChange.mock.lastCall?.[0]).toEqual({ ...target, threshold: usd(1_250) });
    expect(onChange.mock.lastCall?.[1].valid).toBe(true);
  });

  it('controlled: shows the app’s value, and the app’s own changes replace what was typed', async () => {
    render(withI18n(i18n, <App />));
    const threshold = field('autoRecharge.threshold_label');
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '7');
    expect(screen.getByRole('status')).toHaveTextContent('700');
    expect(threshold).toHaveFocus();
    expect(threshold).toHaveValue('7');
    await userEvent.type(threshold, 'x');
    expect(screen.getByRole('status')).toHaveTextContent('NaN');
    expect(field('autoRecharge.threshold_label')).toHaveValue('7x');
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(field('autoRecharge.threshold_label')).toHaveValue('20.00');
  });

  it('a controlled form that ignores changes keeps showing the app’s settings in the summary', async () => {
    render(withI18n(i18n, <AutoRechargeSettings limits={limits} onChange={() => {}} value={target} />));
    await userEvent.click(screen.getByRole('radio', { name: t('autoRecharge.method_fixed') }));
    expect(screen.getByRole('radio', { name: t('autoRecharge.method_target') })).toBeChecked();
  });

  it('shows a field’s message once it is left, linked to it, in copy', async () => {
    render(withI18n(i18n, <AutoRechargeSettings defaultValue={target} limits={limits} />));
    const amount = field('autoRecharge.target_label');
    await userEvent.clear(amount);
    await userEvent.type(amount, '8');
    const message = t('autoRecharge.validation.target_not_above_threshold', money('threshold', 10));
    expect(screen.queryByText(message)).toBeNull();
    expect(amount).not.toHaveAttribute('aria-invalid');
    await userEvent.tab();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(expect.stringContaining(message));
    // The summary steps aside while the settings do not hold together.
    expect(screen.queryByText(/we'll add funds/)).toBeNull();
  });

  it.each([
    ['autoRecharge.threshold_label', '-5', 'autoRecharge.validation.threshold_negative', {}],
    ['autoRecharge.target_label', '-5', 'autoRecharge.validation.amount_not_positive', {}],
    ['autoRecharge.cap_label', '-5', 'autoRecharge.validation.cap_not_positive', {}],
    ['autoRecharge.target_label', 'lots', 'autoRecharge.validation.not_a_number', {}],
    ['autoRecharge.target_label', '', 'autoRecharge.validation.amount_required', {}],
    ['autoRecharge.target_label', '2000', 'autoRecharge.validation.amount_above_max', money('max', 1_000)],
    ['autoRecharge.cap_label', '30', 'autoRecharge.validation.cap_below_amount', money('amount', 40.01)],
    ['autoRecharge.threshold_label', '10.005', 'autoRecharge.validation.too_precise', money('step', 0.01)],
    ['autoRecharge.target_label', '50.0001', 'autoRecharge.validation.too_precise', money('step', 0.01)],
  ])('%s "%s" → %s', async (label, text, key, values) => {
    render(withI18n(i18n, <AutoRechargeSettings defaultValue={target} limits={limits} />));
    const input = field(label);
    await userEvent.clear(input);
    if (text) await userEvent.type(input, text);
    await userEvent.tab();
    expect(input).toHaveAccessibleDescription(expect.stringContaining(t(key, values)));
  });

  it('asks for an amount to the currency’s smallest unit, and saves nothing finer', async () => {
    const onSave = vi.fn();
    render(
      withI18n(
        i18n,
        <AutoRechargeSettings
          defaultValue={{
            ...target,
            threshold: { minor: 1_000, currency: 'JPY' },
            amount: null,
            monthlyCap: null,
          }}
          limits={{ currency: 'jpy' }}
          onSave={onSave}
        />,
      ),
    );
    const amount = field('autoRecharge.target_label');
    await userEvent.type(amount, '5000.5');
    await userEvent.click(saveButton());
    expect(onSave).not.toHaveBeenCalled();
    expect(amount).toHaveFocus();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription('Japanese Yen Enter the amount to the nearest ¥1.');
    await userEvent.clear(amount);
    await userEvent.type(amount, '5000');
    expect(amount).not.toHaveAttribute('aria-invalid');
    await userEvent.click(saveButton());
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ amount: { minor: 5_000, currency: 'JPY' } }),
    );
  });

  it('saving: every message shows, focus goes to the first thing to change, and nothing is saved', async () => {
    const onSave = vi.fn();
    render(
      withI18n(
        i18n,
        <AutoRechargeSettings
          defaultValue={{ ...target, threshold: null, amount: null }}
          limits={limits}
          onSave={onSave}
        />,
      ),
    );
    await userEvent.click(saveButton());
    expect(onSave).not.toHaveBeenCalled();
    expect(field('autoRecharge.threshold_label')).toHaveFocus();
    expect(screen.getByText(t('autoRecharge.validation.threshold_required'))).toBeInTheDocument();
    expect(screen.getByText(t('autoRecharge.validation.amount_required'))).toBeInTheDocument();
  });

  it('saving: shows progress, ignores a second press, then says it is saved', async () => {
    let finish: () => void = () => {};
    const onSave = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { container } = render(
      withI18n(i18n, <AutoRechargeSettings defaultValue={target} limits={limits} onSave={onSave} />),
    );
    const form = container.querySelector('form') as HTMLFormElement;
    await userEvent.click(saveButton());
    expect(onSave).toHaveBeenCalledWith(target);
    expect(form).toHaveAttribute('aria-busy', 'true');
    const saving = screen.getByRole('button', { name: 'Saving settings…' });
    expect(saving).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('button', { name: t('autoRecharge.save') })).toBeNull();
    await userEvent.click(saving);
    expect(onSave).toHaveBeenCalledTimes(1);
    finish();
    await waitFor(() => expect(screen.getByText(t('autoRecharge.saved'))).toBeInTheDocument());
    expect(form).not.toHaveAttribute('aria-busy');
    expect(saveButton()).toHaveFocus();
  });

  it('announces the save through the provider’s polite live region', async () => {
    const { container } = render(
      <TactfulProvider i18n={i18n}>
        <AutoRechargeSettings defaultValue={target} limits={limits} onSave={async () => {}} />
      </TactfulProvider>,
    );
    await userEvent.click(saveButton());
    const polite = container.querySelector('[data-tactful-live="polite"]');
    await waitFor(() => expect(polite).toHaveTextContent(t('autoRecharge.saved')));
    expect(container.querySelector('[data-tactful-live="assertive"]')).toBeEmptyDOMElement();
  });

  it('saving with the keyboard: Enter in a field submits', async () => {
    const onSave = vi.fn();
    render(withI18n(i18n, <AutoRechargeSettings defaultValue={target} limits={limits} onSave={onSave} />));
    await userEvent.type(field('autoRecharge.cap_label'), '{Enter}');
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('says so when saving did not go through, keeps the changes, and lets the user try again', async () => {
    const onSave = vi.fn().mockRejectedValueOnce(new Error('503')).mockResolvedValueOnce(undefined);
    const { container } = render(
      <TactfulProvider i18n={i18n}>
        <AutoRechargeSettings defaultValue={target} limits={limits} onSave={onSave} />
      </TactfulProvider>,
    );
    const outcome = () => container.querySelector('.tactful-auto-recharge__saved');
    const threshold = field('autoRecharge.threshold_label');
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '12');
    await userEvent.click(saveButton());
    const notSaved = "Your settings weren't saved, but your changes are still here. Try saving again.";
    await waitFor(() => expect(outcome()).toHaveTextContent(notSaved));
    expect(outcome()).toHaveAttribute('data-state', 'unsaved');
    const assertive = container.querySelector('[data-tactful-live="assertive"]');
    await waitFor(() => expect(assertive).toHaveTextContent(notSaved));
    expect(threshold).toHaveValue('12.00');
    await userEvent.click(saveButton());
    await waitFor(() => expect(outcome()).toHaveTextContent(t('autoRecharge.saved')));
    expect(outcome()).toHaveAttribute('data-state', 'saved');
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(onSave).toHaveBeenLastCalledWith({ ...target, threshold: usd(1_200) });
  });

  it('moves through the method choice with arrow keys', async () => {
    render(withI18n(i18n, <AutoRechargeSettings defaultValue={target} limits={limits} />));
    screen.getByRole('radio', { name: t('autoRecharge.method_target') }).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: t('autoRecharge.method_fixed') })).toBeChecked();
    expect(screen.getByRole('textbox', { name: t('autoRecharge.amount_label') })).toBeInTheDocument();
  });

  it.each([
    ['ok', 'payment.ok.label', false],
    ['expiring', 'payment.expiring.title', true],
    ['failed', 'payment.failed.title', true],
    ['missing', 'payment.missing.label', true],
  ] as const)('shows the payment method as %s', async (status, key, offersUpdate) => {
    const onUpdate = vi.fn();
    render(
      withI18n(
        i18n,
        <AutoRechargeSettings
          defaultValue={{
            ...target,
            paymentMethod: { status, last4: '4242', expiry: { month: 2, year: 2027 } },
          }}
          limits={limits}
          onUpdatePaymentMethod={onUpdate}
        />,
      ),
    );
    expect(screen.getByText(t(key))).toBeInTheDocument();
    const update = screen.queryByRole('button', { name: t('actions.update_payment') });
    expect(!!update).toBe(offersUpdate);
    if (update) {
      await userEvent.click(update);
      expect(onUpdate).toHaveBeenCalledTimes(1);
    }
    if (status === 'failed')
      expect(screen.getByText(t('payment.failed.body_auto_recharge'))).toBeInTheDocument();
    if (status === 'missing') expect(screen.getByText('No payment method on file')).toBeInTheDocument();
  });

  it('warns about an expiring card it cannot name in a sentence without gaps', () => {
    render(
      withI18n(
        i18n,
        <AutoRechargeSettings
          defaultValue={{ ...target, paymentMethod: { status: 'expiring' } }}
          limits={limits}
        />,
      ),
    );
    expect(screen.getByText(t('payment.expiring.title'))).toBeInTheDocument();
    expect(
      screen.getByText('Update the card on file to keep payments going without a pause.'),
    ).toBeInTheDocument();
  });

  it('reads and writes amounts the way the user’s language does', async () => {
    const de = await tactfulI18n('de');
    const onChange = vi.fn();
    render(
      withI18n(
        de,
        <AutoRechargeSettings
          defaultValue={{ ...target, threshold: usd(123_450) }}
          limits={{ currency: 'USD' }}
          onChange={onChange}
        />,
      ),
    );
    const threshold = screen.getByRole('textbox', {
      name: de.t('autoRecharge.threshold_label', { ns: 'tactful' }),
    });
    expect(threshold).toHaveValue('1.234,50');
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '12,5');
    expect(onChange.mock.lastCall?.[0].threshold).toEqual(usd(1_250));
  });
});
