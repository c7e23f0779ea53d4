import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LowBalanceBanner } from './LowBalanceBanner';
import { runwayOf, snapshotAt, tactfulI18n, usd, withI18n } from './test-utils';

let i18n: I18n;
beforeAll(async () => {
  i18n = await tactfulI18n('en');
});
const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, { ns: 'tactful', ...options });
/** The sentence with the balance, as the copy words it for these many cents. */
const bodyAt = (level: string, minor: number, instance = i18n) =>
  instance.t(`balance.${level}.body`, {
    ns: 'tactful',
    balance: minor / 100,
    formatParams: { balance: { currency: 'USD' } },
  });

describe('LowBalanceBanner', () => {
  it('shows nothing while the balance is fine or not known', () => {
    const { container, rerender } = render(withI18n(i18n, <LowBalanceBanner snapshot={snapshotAt(5_000)} />));
    expect(container).toBeEmptyDOMElement();
    rerender(
      withI18n(i18n, <LowBalanceBanner snapshot={{ ...snapshotAt(5_000), balance: null, level: null }} />),
    );
    expect(container).toBeEmptyDOMElement();
  });

  it.each([
    ['low', 800, 'warning'],
    ['critical', 150, 'warning'],
    ['depleted', 0, 'critical'],
  ] as const)(
    '%s: a region named by its title and the sentence with the balance, with a way to add funds',
    (level, minor, tone) => {
      const onRecharge = vi.fn();
      render(withI18n(i18n, <LowBalanceBanner onRecharge={onRecharge} snapshot={snapshotAt(minor)} />));
      const region = screen.getByRole('region', {
        name: `${t(`balance.${level}.title`)} ${bodyAt(level, minor)}`,
      });
      expect(region).toHaveAttribute('data-state', level);
      expect(region).toHaveAttribute('data-tone', tone);
      const shown = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(minor / 100);
      expect(bodyAt(level, minor)).toContain(shown);
      expect(region.querySelector('svg[data-tone]')).toHaveAttribute('data-tone', tone);
      expect(within(region).getByRole('button', { name: t('actions.add_funds') })).toBeInTheDocument();
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );

  it('says how long the balance will last, honestly', () => {
    const { rerender } = render(
      withI18n(i18n, <LowBalanceBanner snapshot={snapshotAt(800, { runway: runwayOf(3.9) })} />),
    );
    expect(screen.getByText(t('balance.runway', { count: 3 }))).toBeInTheDocument();
    rerender(withI18n(i18n, <LowBalanceBanner snapshot={snapshotAt(800, { runway: runwayOf(0.4) })} />));
    expect(screen.getByText(t('balance.runway_under_day'))).toBeInTheDocument();
    rerender(withI18n(i18n, <LowBalanceBanner snapshot={snapshotAt(800)} />));
    expect(screen.getByText(t('balance.runway_unknown'))).toBeInTheDocument();
    rerender(
      withI18n(i18n, <LowBalanceBanner snapshot={snapshotAt(800, { runway: { status: 'not_burning' } })} />),
    );
    expect(screen.queryByText(/left at your current usage|Not enough usage/)).toBeNull();
  });

  it('says when the figure dates from', () => {
    const asOf = Date.UTC(2026, 10, 25, 14, 5);
    render(withI18n(i18n, <LowBalanceBanner snapshot={snapshotAt(800, { asOf })} />));
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(asOf);
    expect(screen.getByText((text) => text.includes(expected))).toBeInTheDocument();
  });

  it('offers "Set up auto-recharge" only when the app says auto-recharge is off', async () => {
    const onSetUp = vi.fn();
    const setUp = t('balance.set_up_auto_recharge');
    const { rerender } = render(
      withI18n(
        i18n,
        <LowBalanceBanner
          autoRechargeEnabled={false}
          onSetUpAutoRecharge={onSetUp}
          snapshot={snapshotAt(800)}
        />,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: setUp }));
    expect(onSetUp).toHaveBeenCalledTimes(1);
    rerender(
      withI18n(
        i18n,
        <LowBalanceBanner autoRechargeEnabled onSetUpAutoRecharge={onSetUp} snapshot={snapshotAt(800)} />,
      ),
    );
    expect(screen.queryByRole('button', { name: setUp })).toBeNull();
    rerender(withI18n(i18n, <LowBalanceBanner onSetUpAutoRecharge={onSetUp} snapshot={snapshotAt(800)} />));
    expect(screen.queryByRole('button', { name: setUp })).toBeNull();
  });

  it('links to the app’s recharge page, refusing scripts', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(
      withI18n(i18n, <LowBalanceBanner rechargeHref="/billing" snapshot={snapshotAt(800)} />),
    );
    expect(screen.getByRole('link', { name: t('actions.add_funds') })).toHaveAttribute('href', '/billing');
    rerender(
      withI18n(
        i18n,
        <LowBalanceBanner rechargeHref="https://pay.example.com/top-up" snapshot={snapshotAt(800)} />,
      ),
    );
    expect(screen.getByRole('link', { name: t('actions.add_funds') })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    rerender(
      withI18n(i18n, <LowBalanceBanner rechargeHref="javascript:alert(1)" snapshot={snapshotAt(800)} />),
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('says the balance is back, with no action to take', () => {
    render(
      withI18n(
        i18n,
        <LowBalanceBanner
          autoRechargeEnabled={false}
          onRecharge={() => {}}
          snapshot={snapshotAt(5_000, {}, 'recovered')}
        />,
      ),
    );
    const region = screen.getByRole('region', {
      name: `${t('balance.recovered.title')} ${bodyAt('recovered', 5_000)}`,
    });
    expect(region).toHaveAttribute('data-tone', 'success');
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('never takes focus when it appears', () => {
    render(<input aria-label="Task" />);
    const input = screen.getByRole('textbox', { name: 'Task' });
    input.focus();
    render(withI18n(i18n, <LowBalanceBanner onRecharge={() => {}} snapshot={snapshotAt(0)} />));
    expect(input).toHaveFocus();
  });

  it('writes amounts in the reader’s language', async () => {
    const es = await tactfulI18n('es');
    render(withI18n(es, <LowBalanceBanner snapshot={{ ...snapshotAt(800), balance: usd(800) }} />));
    const shown = new Intl.NumberFormat('es', { style: 'currency', currency: 'USD' })
      .format(8)
      .replace(/\s+/g, ' ');
    expect(screen.getByRole('region')).toHaveTextContent(shown);
    expect(screen.getByRole('region')).toHaveAccessibleName(
      `${es.t('balance.low.title', { ns: 'tactful' })} ${bodyAt('low', 800, es)}`,
    );
  });
});
