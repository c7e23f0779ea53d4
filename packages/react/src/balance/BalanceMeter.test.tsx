import { render, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { BalanceMeter } from './BalanceMeter';
import { snapshotAt, tactfulI18n, usd, withI18n } from './test-utils';

let i18n: I18n;
beforeAll(async () => {
  i18n = await tactfulI18n('en');
});
const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, { ns: 'tactful', ...options });
const dollars = (major: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(major);

describe('BalanceMeter', () => {
  it('is a meter named in copy, from zero to the reference, saying the amount with its currency', () => {
    render(withI18n(i18n, <BalanceMeter snapshot={snapshotAt(1_250)} />));
    const meter = screen.getByRole('meter', { name: t('balance.meter_label') });
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '50');
    expect(meter).toHaveAttribute('aria-valuenow', '12.5');
    expect(meter).toHaveAttribute(
      'aria-valuetext',
      t('amounts.balance', { balance: 12.5, formatParams: { balance: { currency: 'USD' } } }),
    );
    expect(meter.getAttribute('aria-valuetext')).toContain(dollars(12.5));
  });

  it('marks each threshold on the track and names it beside the meter', () => {
    const { container } = render(withI18n(i18n, <BalanceMeter snapshot={snapshotAt(1_250)} />));
    const ticks = container.querySelectorAll('.tactful-balance-meter__tick');
    expect([...ticks].map((tick) => tick.getAttribute('data-level'))).toEqual(['low', 'critical']);
    expect((ticks[0] as HTMLElement).style.getPropertyValue('--tactful-meter-at')).toBe('20%');
    expect((ticks[1] as HTMLElement).style.getPropertyValue('--tactful-meter-at')).toBe('4%');
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      t('balance.threshold_marker', { amount: 10, formatParams: { amount: { currency: 'USD' } } }),
      t('balance.threshold_marker', { amount: 2, formatParams: { amount: { currency: 'USD' } } }),
    ]);
  });

  it('shows the level as an icon and words, not colour alone', () => {
    const { container, rerender } = render(withI18n(i18n, <BalanceMeter snapshot={snapshotAt(150)} />));
    expect(container.firstElementChild).toHaveAttribute('data-tone', 'warning');
    expect(screen.getByText(t('balance.critical.title'))).toBeInTheDocument();
    expect(container.querySelector('.tactful-balance-meter__status svg')).toHaveAttribute(
      'data-tone',
      'warning',
    );
    rerender(withI18n(i18n, <BalanceMeter snapshot={snapshotAt(5_000)} />));
    expect(container.querySelector('.tactful-balance-meter__status')).toBeNull();
  });

  it('keeps aria-valuenow inside the range when the balance is negative or above the full end', () => {
    const { rerender } = render(withI18n(i18n, <BalanceMeter snapshot={snapshotAt(-300)} />));
    let meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuenow', '0');
    expect(meter.getAttribute('aria-valuetext')).toContain(dollars(-3));
    rerender(withI18n(i18n, <BalanceMeter snapshot={snapshotAt(9_000)} />));
    meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuemax', '90');
    expect(meter).toHaveAttribute('aria-valuenow', '90');
  });

  it('uses the app’s full end when given in the balance’s currency, and twice the highest threshold without a reference', () => {
    const { rerender } = render(
      withI18n(i18n, <BalanceMeter max={usd(10_000)} snapshot={snapshotAt(1_250)} />),
    );
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuemax', '100');
    const snapshot = snapshotAt(1_250);
    const noReference = {
      ...snapshot,
      thresholds: snapshot.thresholds && { ...snapshot.thresholds, reference: null },
    };
    rerender(
      withI18n(i18n, <BalanceMeter max={{ minor: 10_000, currency: 'EUR' }} snapshot={noReference} />),
    );
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuemax', '20');
  });

  it('renders nothing before the first reading', () => {
    const { container } = render(
      withI18n(i18n, <BalanceMeter snapshot={{ ...snapshotAt(0), balance: null, level: null }} />),
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('works with a currency without minor units', () => {
    const snapshot = snapshotAt(1_500);
    const yen = {
      ...snapshot,
      balance: { minor: 1_500, currency: 'JPY' },
      thresholds: { currency: 'JPY', reference: null, bands: [] },
    };
    render(withI18n(i18n, <BalanceMeter snapshot={yen} />));
    const meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuenow', '1500');
    expect(meter.getAttribute('aria-valuetext')).toContain(
      new Intl.NumberFormat('en', { style: 'currency', currency: 'JPY' }).format(1_500),
    );
  });
});
