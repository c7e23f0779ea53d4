import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { recordAnnouncements, renderWithTactful } from '../../../../test/support/render';
import { PaymentIssueBanner } from '../payment/PaymentIssueBanner';
import { LowBalanceBanner } from './LowBalanceBanner';
import { snapshotAt } from './test-utils';

const copy = (i18n: I18n, key: string): string => i18n.t(key, { ns: 'tactful' });

describe('balance and payment banners inside a TactfulProvider', () => {
  it('announce each new level politely, once, and nothing on a re-render', async () => {
    const { i18n, rerender } = await renderWithTactful(<LowBalanceBanner snapshot={snapshotAt(5_000)} />);
    const announcements = recordAnnouncements();
    const low = copy(i18n, 'balance.low.title');
    const critical = copy(i18n, 'balance.critical.title');
    rerender(<LowBalanceBanner snapshot={snapshotAt(800)} />);
    await waitFor(() => expect(announcements.said.at(-1)?.text).toContain(low));
    rerender(<LowBalanceBanner snapshot={snapshotAt(790)} />);
    // Longer than the live region's refill delay, so a repeat would have been heard.
    await new Promise((resolve) => setTimeout(resolve, 200));
    rerender(<LowBalanceBanner snapshot={snapshotAt(150)} />);
    await waitFor(() => expect(announcements.said.at(-1)?.text).toContain(critical));
    expect(
      announcements.said.map((said) => [said.politeness, said.text.includes(low) ? 'low' : 'critical']),
    ).toEqual([
      ['polite', 'low'],
      ['polite', 'critical'],
    ]);
    announcements.stop();
  });

  it('add funds the provider’s way when the app gave the banner no handler', async () => {
    await renderWithTactful(<LowBalanceBanner snapshot={snapshotAt(800)} />, {
      rechargeUrl: '/billing/top-up',
    });
    expect(screen.getByRole('link', { name: 'Add funds' })).toHaveAttribute('href', '/billing/top-up');
  });

  it('offer "Ask an admin" to someone who cannot manage billing, and no auto-recharge setup', async () => {
    const askAdmin = vi.fn();
    const { i18n } = await renderWithTactful(
      <LowBalanceBanner
        autoRechargeEnabled={false}
        onSetUpAutoRecharge={() => {}}
        snapshot={snapshotAt(0)}
      />,
      { canManageBilling: false, actions: { ask_admin: askAdmin } },
    );
    await userEvent.click(screen.getByRole('button', { name: copy(i18n, 'actions.ask_admin') }));
    expect(askAdmin).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: copy(i18n, 'balance.set_up_auto_recharge') })).toBeNull();
    expect(screen.queryByRole('button', { name: copy(i18n, 'actions.add_funds') })).toBeNull();
  });

  it('show no recharge action when neither the app nor the provider can take it', async () => {
    await renderWithTactful(<LowBalanceBanner snapshot={snapshotAt(800)} />);
    expect(screen.getByRole('region')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('update the payment method through the app’s provider-level action', async () => {
    const update = vi.fn();
    const { i18n } = await renderWithTactful(<PaymentIssueBanner paymentMethod={{ status: 'failed' }} />, {
      actions: { update_payment: update },
    });
    await userEvent.click(screen.getByRole('button', { name: copy(i18n, 'actions.update_payment') }));
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('announce a failed payment politely when it appears', async () => {
    const { i18n, rerender } = await renderWithTactful(
      <PaymentIssueBanner paymentMethod={{ status: 'ok' }} />,
    );
    const announcements = recordAnnouncements();
    rerender(<PaymentIssueBanner paymentMethod={{ status: 'failed' }} />);
    await waitFor(() =>
      expect(announcements.said).toContainEqual({
        politeness: 'polite',
        text: `${copy(i18n, 'payment.failed.title')} ${copy(i18n, 'payment.failed.body')}`,
      }),
    );
    announcements.stop();
  });
});
