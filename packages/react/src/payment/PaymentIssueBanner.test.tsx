import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tactfulI18n, withI18n } from '../balance/test-utils';
import { TactfulProvider } from '../provider/TactfulProvider';
import { PaymentIssueBanner } from './PaymentIssueBanner';

let i18n: I18n;
beforeAll(async () => {
  i18n = await tactfulI18n('en');
});
const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, { ns: 'tactful', ...options });

describe('PaymentIssueBanner', () => {
  it('says a card expires soon, naming the card and its month, with a way to update it', async () => {
    const onUpdate = vi.fn();
    render(
      withI18n(
        i18n,
        <PaymentIssueBanner
          onUpdatePaymentMethod={onUpdate}
          paymentMethod={{ status: 'expiring', last4: '4242', expiry: { month: 1, year: 2027 } }}
        />,
      ),
    );
    // Named by the title and the sentence naming the card.
    const region = screen.getByRole('region', {
      name: (name) => name.startsWith(`${t('payment.expiring.title')} `),
    });
    expect(region).toHaveAttribute('data-tone', 'warning');
    expect(region).toHaveAccessibleName(expect.stringMatching(/4242.*January 2027/));
    await userEvent.click(within(region).getByRole('button', { name: t('actions.update_payment') }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('says a payment did not go through, and what that meant for auto-recharge', () => {
    const { rerender } = render(withI18n(i18n, <PaymentIssueBanner paymentMethod={{ status: 'failed' }} />));
    const region = screen.getByRole('region', {
      name: `${t('payment.failed.title')} ${t('payment.failed.body')}`,
    });
    expect(region).toHaveAttribute('data-tone', 'critical');
    rerender(withI18n(i18n, <PaymentIssueBanner autoRecharge paymentMethod={{ status: 'failed' }} />));
    expect(screen.getByRole('region')).toHaveAccessibleName(
      `${t('payment.failed.title')} ${t('payment.failed.body_auto_recharge')}`,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('links to the app’s payment page through a checked link', () => {
    render(
      withI18n(
        i18n,
        <PaymentIssueBanner
          paymentMethod={{ status: 'failed' }}
          updatePaymentMethodHref="/settings/billing"
        />,
      ),
    );
    expect(screen.getByRole('link', { name: t('actions.update_payment') })).toHaveAttribute(
      'href',
      '/settings/billing',
    );
  });

  it('shows nothing for a working card, or while there is none', () => {
    const { container, rerender } = render(
      withI18n(i18n, <PaymentIssueBanner paymentMethod={{ status: 'ok' }} />),
    );
    expect(container).toBeEmptyDOMElement();
    rerender(withI18n(i18n, <PaymentIssueBanner paymentMethod={{ status: 'missing' }} />));
    expect(container).toBeEmptyDOMElement();
  });

  it('still warns about an expiring card it cannot name, in a sentence without gaps', () => {
    const unnamed = 'Update the card on file to keep payments going without a pause.';
    const { rerender } = render(
      withI18n(i18n, <PaymentIssueBanner paymentMethod={{ status: 'expiring' }} />),
    );
    const region = screen.getByRole('region', { name: `${t('payment.expiring.title')} ${unnamed}` });
    expect(region.querySelector('.tactful-banner__body')).toHaveTextContent(unnamed);
    // A month that cannot be, or digits without a month, are not enough to name the card.
    for (const paymentMethod of [
      { status: 'expiring', last4: '4242', expiry: { month: 13, year: 2027 } },
      { status: 'expiring', last4: '4242' },
      { status: 'expiring', expiry: { month: 1, year: 2027 } },
    ] as const) {
      rerender(withI18n(i18n, <PaymentIssueBanner paymentMethod={paymentMethod} />));
      const body = screen.getByRole('region').querySelector('.tactful-banner__body');
      expect(body).toHaveTextContent(unnamed);
      expect(body?.textContent).not.toMatch(/\{\{|ending in\s*(is|\.)/);
    }
  });

  it('announces the unnamed warning with its sentence through the provider', async () => {
    const { container } = render(
      <TactfulProvider i18n={i18n}>
        <PaymentIssueBanner paymentMethod={{ status: 'expiring' }} />
      </TactfulProvider>,
    );
    const polite = container.querySelector('[data-tactful-live="polite"]');
    await waitFor(() =>
      expect(polite).toHaveTextContent(
        `${t('payment.expiring.title')} Update the card on file to keep payments going without a pause.`,
      ),
    );
  });
});
