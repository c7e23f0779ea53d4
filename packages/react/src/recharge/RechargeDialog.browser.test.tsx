import '@tactful/react/styles.css';
import type { Money } from '@tactful/core';
import { RechargeDialog, type RechargeDialogProps } from '@tactful/react';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { liveRegion, renderInBrowser } from '../../../../test/support/browser';

const usd = (minor: number): Money => ({ minor, currency: 'USD' });
const INTENT = 'summarizing 40 contracts';

interface Look {
  readonly lng: 'en' | 'ar';
  readonly theme: 'light' | 'dark';
}

/** Opens the dialog from code, as the provider does when a request is refused (no trigger, no click). */
let openFromCode: () => void = () => undefined;

/**
 * A page with a task field and a button that opens the dialog, in a theme and direction; the dialog is
 * portalled into the page so it takes the page's theme.
 */
function Page({
  look,
  reducedMotion,
  ...props
}: Partial<RechargeDialogProps> & { look: Look; reducedMotion?: boolean }) {
  const [open, setOpen] = useState(false);
  const [frame, setFrame] = useState<HTMLElement | null>(null);
  openFromCode = () => setOpen(true);
  return (
    <main
      data-reduced-motion={reducedMotion}
      data-theme={look.theme}
      dir={look.lng === 'ar' ? 'rtl' : 'ltr'}
      lang={look.lng}
      ref={setFrame}
      style={{ background: 'var(--tactful-surface)', color: 'var(--tactful-text)', padding: '1rem' }}
    >
      <label>
        Task <textarea defaultValue="Summarize my contracts" />
      </label>
      <button onClick={() => setOpen(true)} type="button">
        Run
      </button>
      <RechargeDialog
        balance={usd(12)}
        container={frame}
        currency="USD"
        intent={INTENT}
        max={usd(50_000)}
        min={usd(500)}
        needed={usd(150)}
        onOpenChange={setOpen}
        onRecharge={() => Promise.resolve()}
        open={open}
        presets={[usd(500), usd(1_000), usd(2_500)]}
        {...props}
      />
    </main>
  );
}

/** An app that mounts the dialog only while it is open, as the provider does. */
function Unmounting() {
  const [shown, setShown] = useState(false);
  return (
    <>
      <button onClick={() => setShown(true)} type="button">
        Run
      </button>
      {shown ? (
        <RechargeDialog currency="USD" onOpenChange={() => setShown(false)} open rechargeUrl="/billing" />
      ) : null}
    </>
  );
}

const LIGHT: Look = { lng: 'en', theme: 'light' };

async function renderPage(props: Partial<RechargeDialogProps> = {}, look: Look = LIGHT) {
  return renderInBrowser(<Page look={look} {...props} />, { lng: look.lng });
}

/** axe's violations, once the dialog's fade-in is over (contrast is measured through opacity). */
async function violations(element: Element): Promise<string[]> {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

const active = () => document.activeElement;

describe('RechargeDialog in Chromium: focus', () => {
  it('opens on "Not now" and gives focus back to the button that opened it, after Escape', async () => {
    const screen = await renderPage();
    const run = screen.getByRole('button', { name: 'Run' });
    await userEvent.click(run);
    await expect.element(screen.getByRole('button', { name: 'Not now' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
    await expect.element(run).toHaveFocus();
  });

  it('gives focus back to where the user was when opened from code, after "Not now"', async () => {
    const screen = await renderPage();
    const task = screen.getByRole('textbox', { name: 'Task' });
    await userEvent.click(task);
    openFromCode();
    const notNow = screen.getByRole('button', { name: 'Not now' });
    await expect.element(notNow).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
    await expect.element(task).toHaveFocus();
  });

  it('gives focus back also when the app unmounts it on close rather than setting open to false', async () => {
    const screen = await renderInBrowser(<Unmounting />);
    const run = screen.getByRole('button', { name: 'Run' });
    await userEvent.click(run);
    await expect.element(screen.getByRole('button', { name: 'Not now' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
    await expect.element(run).toHaveFocus();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const screen = await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    const dialog = screen.getByRole('alertdialog').element();
    await expect.element(screen.getByRole('button', { name: 'Not now' })).toHaveFocus();
    const seen = new Set<Element | null>();
    for (let step = 0; step < 6; step++) {
      await userEvent.keyboard('{Tab}');
      expect(dialog.contains(active())).toBe(true);
      seen.add(active());
    }
    // Not now, Add funds and the preset group are the stops; six steps went round at least once.
    expect(seen.size).toBe(3);
    for (let step = 0; step < 6; step++) {
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect(dialog.contains(active())).toBe(true);
    }
  });

  it('moves focus to the reason when a card is declined, then offers to try again', async () => {
    const onRecharge = vi
      .fn<(amount: Money) => Promise<unknown>>()
      .mockRejectedValueOnce({ type: 'card_error', code: 'card_declined' })
      .mockResolvedValueOnce(undefined);
    const screen = await renderPage({ onRecharge });
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await userEvent.keyboard('{Tab}{Enter}');
    const reason = screen.getByRole('region', { name: "The payment didn't go through" });
    await expect.element(reason).toHaveFocus();
    await userEvent.keyboard('{Tab}{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
    expect(onRecharge).toHaveBeenCalledTimes(2);
  });
});

describe('RechargeDialog in Chromium: keyboard only', () => {
  it('adds a preset amount, closes, announces in the page’s region and hands focus back', async () => {
    let pay: () => void = () => undefined;
    const onRecharge = vi.fn(() => new Promise<void>((resolve) => (pay = resolve)));
    const onRecharged = vi.fn();
    const screen = await renderPage({ onRecharge, onRecharged });
    await userEvent.click(screen.getByRole('textbox', { name: 'Task' }));
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(screen.getByRole('button', { name: 'Not now' })).toHaveFocus();
    // Back to the amounts ($5.00 is chosen: the smallest that covers the $1.38 missing), one further.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(screen.getByRole('radio', { name: '$5.00' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(screen.getByRole('radio', { name: '$10.00' })).toBeChecked();
    await userEvent.keyboard('{Tab}{Tab}{Enter}');
    await expect.poll(() => liveRegion('polite').textContent).toBe('Adding funds…');
    pay();
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
    expect(onRecharge).toHaveBeenCalledExactlyOnceWith(usd(1_000));
    expect(onRecharged).toHaveBeenCalledWith(usd(1_000));
    await expect.element(screen.getByRole('button', { name: 'Run' })).toHaveFocus();
    await expect
      .poll(() => liveRegion('polite').textContent)
      .toBe(`Payment received — getting back to ${INTENT} now.`);
  });

  it('adds an amount of the user’s own, after correcting it', async () => {
    const onRecharge = vi.fn(() => Promise.resolve());
    const screen = await renderPage({ onRecharge });
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{ArrowUp}');
    await expect.element(screen.getByRole('radio', { name: 'Other amount' })).toBeChecked();
    await userEvent.keyboard('{Tab}2{Enter}');
    const input = screen.getByRole('textbox', { name: 'Other amount' });
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect.element(input).toHaveAccessibleDescription(/The smallest amount you can add is \$5\.00\.$/);
    expect(onRecharge).not.toHaveBeenCalled();
    await userEvent.keyboard('{Backspace}12.50{Enter}');
    await expect.element(screen.getByRole('alertdialog')).not.toBeInTheDocument();
    expect(onRecharge).toHaveBeenCalledExactlyOnceWith(usd(1_250));
  });
});

describe('RechargeDialog in Chromium: looks', () => {
  const looks: readonly (Look & { readonly name: string })[] = [
    { name: 'light', lng: 'en', theme: 'light' },
    { name: 'dark', lng: 'en', theme: 'dark' },
    { name: 'rtl (Arabic)', lng: 'ar', theme: 'light' },
  ];

  it.each(looks)(
    'has no axe violations in $name: amounts, an error, a failure, and the admin request',
    async (look) => {
      const screen = await renderPage({ onRecharge: () => Promise.reject({ code: 'card_declined' }) }, look);
      openFromCode();
      const dialog = screen.getByRole('alertdialog');
      await expect.element(dialog).toBeVisible();
      // The dialog itself: the page behind it is aria-hidden by Radix while it is open.
      expect(await violations(dialog.element())).toEqual([]);

      // The custom amount with its error showing, then the declined card's message.
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}{ArrowUp}{Tab}x{Tab}');
      await expect.element(dialog.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
      expect(await violations(dialog.element())).toEqual([]);
      await userEvent.keyboard('{Shift>}{Tab}{Tab}{/Shift}{ArrowDown}{Tab}{Tab}{Enter}');
      await expect.element(dialog.getByRole('region')).toHaveFocus();
      expect(await violations(dialog.element())).toEqual([]);
      screen.unmount();

      const admin = await renderPage({ canManageBilling: false }, look);
      openFromCode();
      const request = admin.getByRole('alertdialog');
      await expect.element(request).toBeVisible();
      expect(await violations(request.element())).toEqual([]);
    },
  );

  it('lays out right to left in Arabic: the primary action at the inline end, the currency after the number', async () => {
    const screen = await renderPage({ presets: [] }, { lng: 'ar', theme: 'light' });
    openFromCode();
    const dialog = screen.getByRole('alertdialog');
    await expect.element(dialog).toHaveAttribute('dir', 'rtl');
    const [later, primary] = dialog.getByRole('button').elements();
    const input = dialog.getByRole('textbox').element();
    const symbol = input.parentElement?.querySelector('.tactful-currency-input__symbol');
    if (!later || !primary || !symbol) throw new Error('the dialog is missing its buttons or its currency');
    expect(primary.getBoundingClientRect().right).toBeLessThanOrEqual(later.getBoundingClientRect().left);
    // Arabic writes "١٢٫٥٠ US$": after the number, so to its left on screen.
    expect(symbol.getBoundingClientRect().right).toBeLessThanOrEqual(input.getBoundingClientRect().left + 1);
  });

  it('does not animate when motion is reduced', async () => {
    const screen = await renderPage();
    openFromCode();
    const dialog = screen.getByRole('alertdialog');
    await expect.element(dialog).toBeVisible();
    expect(getComputedStyle(dialog.element()).animationDuration).not.toBe('0s');
    screen.unmount();

    // On the element with `data-theme`: the theme rule sets the motion token again for its subtree.
    const reduced = await renderInBrowser(<Page look={LIGHT} reducedMotion />);
    openFromCode();
    const still = reduced.getByRole('alertdialog');
    await expect.element(still).toBeVisible();
    expect(getComputedStyle(still.element()).animationDuration).toBe('0s');
  });
});
