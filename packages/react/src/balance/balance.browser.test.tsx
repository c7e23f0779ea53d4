import '@tactful/react/styles.css';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Frame, LOOKS, violations } from '../../../../test/support/looks';
import { PaymentIssueBanner } from '../payment/PaymentIssueBanner';
import { BalanceMeter } from './BalanceMeter';
import { LowBalanceBanner } from './LowBalanceBanner';
import { runwayOf, snapshotAt, tactfulI18n, withI18n } from './test-utils';

const states = [
  ['low', snapshotAt(800, { runway: runwayOf(3.2) })],
  ['critical', snapshotAt(150, { runway: runwayOf(0.5) })],
  ['depleted', snapshotAt(0)],
  ['recovered', snapshotAt(5_000, {}, 'recovered')],
] as const;

describe.each(LOOKS)('balance and payment components, $name', (look) => {
  let i18n: I18n;
  const page = async (children: React.ReactNode) => {
    i18n ??= await tactfulI18n(look.lng);
    return render(withI18n(i18n, <Frame look={look}>{children}</Frame>));
  };

  it.each(states)('LowBalanceBanner %s has no axe violations', async (_level, snapshot) => {
    const screen = await page(
      <LowBalanceBanner
        autoRechargeEnabled={false}
        onRecharge={() => {}}
        onSetUpAutoRecharge={() => {}}
        snapshot={snapshot}
      />,
    );
    await expect.element(screen.getByRole('region')).toBeVisible();
    expect(await violations(screen.container)).toEqual([]);
  });

  it.each(states)('BalanceMeter %s has no axe violations', async (_level, snapshot) => {
    const screen = await page(<BalanceMeter snapshot={snapshot} />);
    await expect.element(screen.getByRole('meter')).toBeVisible();
    expect(await violations(screen.container)).toEqual([]);
  });

  it.each([
    ['expiring', { status: 'expiring', last4: '4242', expiry: { month: 1, year: 2027 } }],
    ['failed', { status: 'failed' }],
  ] as const)('PaymentIssueBanner %s has no axe violations', async (_status, paymentMethod) => {
    const screen = await page(
      <PaymentIssueBanner onUpdatePaymentMethod={() => {}} paymentMethod={paymentMethod} />,
    );
    await expect.element(screen.getByRole('region')).toBeVisible();
    expect(await violations(screen.container)).toEqual([]);
  });
});

function Page({ i18n, level }: { i18n: I18n; level: number }) {
  return withI18n(
    i18n,
    <>
      <label>
        Task <input />
      </label>
      <LowBalanceBanner onRecharge={() => {}} snapshot={snapshotAt(level)} />
      <PaymentIssueBanner
        onUpdatePaymentMethod={() => {}}
        paymentMethod={{ status: level < 1 ? 'failed' : 'ok' }}
      />
    </>,
  );
}

describe('balance components in Chromium', () => {
  it('draws the fill and the threshold marks from the inline start, in both directions', async () => {
    const i18n = await tactfulI18n('en');
    const ar = await tactfulI18n('ar');
    const screen = await render(
      <>
        {withI18n(
          i18n,
          <div dir="ltr" style={{ width: 400 }}>
            <BalanceMeter snapshot={snapshotAt(2_500)} />
          </div>,
        )}
        {withI18n(
          ar,
          <div dir="rtl" style={{ width: 400 }}>
            <BalanceMeter snapshot={snapshotAt(2_500)} />
          </div>,
        )}
      </>,
    );
    const [ltr, rtl] = screen.container.querySelectorAll<HTMLElement>('.tactful-balance-meter__track');
    for (const [track, fromLeft] of [
      [ltr, true],
      [rtl, false],
    ] as const) {
      const box = (track as HTMLElement).getBoundingClientRect();
      const fill = (track as HTMLElement)
        .querySelector('.tactful-balance-meter__fill')
        ?.getBoundingClientRect();
      const low = (track as HTMLElement).querySelector('[data-level="low"]')?.getBoundingClientRect();
      // $25 of $50: half the track; the low mark at $10 a fifth of the way in.
      expect(Math.abs((fill?.width ?? 0) - box.width / 2)).toBeLessThan(2);
      const fillEdge = fromLeft ? (fill?.left ?? 0) - box.left : box.right - (fill?.right ?? 0);
      expect(Math.abs(fillEdge)).toBeLessThan(2);
      const lowAt = fromLeft ? (low?.left ?? 0) - box.left : box.right - (low?.right ?? 0);
      expect(Math.abs(lowAt - box.width / 5)).toBeLessThan(3);
    }
  });

  it('appears without taking focus from what the user was doing', async () => {
    const i18n = await tactfulI18n('en');
    const screen = await render(<Page i18n={i18n} level={5_000} />);
    const input = screen.getByRole('textbox', { name: 'Task' });
    await userEvent.click(input);
    await userEvent.keyboard('abc');
    screen.rerender(<Page i18n={i18n} level={0} />);
    await expect.element(screen.getByRole('region').first()).toBeVisible();
    await expect.element(input).toHaveFocus();
    await userEvent.keyboard('d');
    await expect.element(input).toHaveValue('abcd');
  });
});
