import type { Meta, StoryObj } from '@storybook/react-vite';
import { classify, type Money } from '@tactful/core';
import { formatMoneyInput, RechargeDialog } from '@tactful/react';
import { useState } from 'react';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { rawKeysIn } from '../support/checks';
import { loadedCopy, useStoryCopy } from '../support/copy';
import { fixture, responseOf } from '../support/fixtures';
import { useStoryFrame } from '../support/frame';
import { intentLabel, type LabelLength } from '../support/labels';

const usd = (minor: number): Money => ({ minor, currency: 'USD' });

/** What the app's checkout does when asked for an amount. */
type Checkout = 'succeeds' | 'declined once (Stripe)' | 'overloaded once (OpenAI 503)';

interface Args {
  readonly checkout: Checkout;
  readonly canManageBilling: boolean;
  readonly label: LabelLength;
  readonly presets: boolean;
  readonly limits: boolean;
  readonly balance: boolean;
  readonly needed: boolean;
  /** Pay on the app's own checkout page instead (a link); the dialog runs no checkout. */
  readonly checkoutLink: boolean;
  /** Open when the story starts (else the app's button opens it, as a user would). */
  readonly startOpen: boolean;
  /** Called with each amount the checkout is asked for. */
  readonly onRecharge: (amount: Money) => void;
  readonly onRecharged: (amount: Money) => void;
}

/** The checkout: a short wait, then the result the `checkout` control asks for (a failure only once). */
function useCheckout(args: Args) {
  const [failures] = useState({ left: args.checkout === 'succeeds' ? 0 : 1 });
  return async (amount: Money) => {
    args.onRecharge(amount);
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (failures.left > 0) {
      failures.left -= 1;
      // The card processor's real answer, as the app's checkout would throw it.
      const name =
        args.checkout === 'declined once (Stripe)'
          ? 'stripe-402-authentication-required-decline'
          : 'openai-overloaded-503';
      throw classify(responseOf(fixture(name)));
    }
  };
}

/** An app screen with the button that opens the dialog. */
function RechargeDemo(args: Args) {
  const { locale } = useStoryFrame();
  const copy = useStoryCopy();
  const [open, setOpen] = useState(args.startOpen);
  const checkout = useCheckout(args);
  return (
    <>
      <button
        className="tactful-button"
        data-story-opener=""
        data-variant="primary"
        onClick={() => setOpen(true)}
        type="button"
      >
        {copy('actions.add_funds')}
      </button>
      <RechargeDialog
        balance={args.balance ? usd(40) : undefined}
        canManageBilling={args.canManageBilling}
        currency="USD"
        intent={intentLabel(locale, args.label)}
        max={args.limits ? usd(50_000) : undefined}
        min={args.limits ? usd(500) : undefined}
        needed={args.needed ? usd(150) : undefined}
        onOpenChange={setOpen}
        onRecharge={args.checkoutLink ? undefined : checkout}
        onRecharged={args.onRecharged}
        open={open}
        presets={args.presets ? [usd(1_000), usd(2_500), usd(5_000)] : undefined}
        rechargeUrl={args.checkoutLink ? '/billing/checkout' : undefined}
      />
    </>
  );
}

const dialog = () => screen.getByRole('alertdialog');
const opener = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-story-opener]') as HTMLElement;
const submitButton = () => dialog().querySelector<HTMLElement>('button[type="submit"]') as HTMLElement;

/**
 * "Add funds to continue" as an `alertdialog` over Radix: what the user was doing, the balance and what
 * the request needs, preset and custom amounts, and the app's checkout run once, with progress. It opens
 * on "Not now" (the least destructive choice), gives focus back where it was, explains a declined card
 * with focus on the reason, and, for a user who cannot pay, writes a message for an admin instead.
 */
const meta = {
  title: 'Components/RechargeDialog',
  component: RechargeDemo,
  args: {
    checkout: 'succeeds',
    canManageBilling: true,
    label: 'short',
    presets: true,
    limits: false,
    balance: true,
    needed: true,
    checkoutLink: false,
    startOpen: true,
    onRecharge: fn(),
    onRecharged: fn(),
  },
  argTypes: {
    checkout: {
      control: 'select',
      options: ['succeeds', 'declined once (Stripe)', 'overloaded once (OpenAI 503)'],
    },
    label: { control: 'inline-radio', options: ['short', 'long', 'none'] },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open, with presets: the one that covers what the request still lacks is chosen. */
export const Open: Story = {};

/** Opened from the app's button: pay, and the dialog closes with focus back on that button. */
export const Pay: Story = {
  args: { startOpen: false },
  play: async ({ canvasElement, args, userEvent, loaded }) => {
    const copy = loadedCopy(loaded);
    await userEvent.click(opener(canvasElement));
    await waitFor(() => expect(dialog()).toBeVisible());
    expect(dialog()).toHaveAccessibleName(copy('recharge.title'));
    expect(rawKeysIn(document.body)).toEqual([]);
    // Opens on the least destructive choice.
    expect(document.activeElement).toHaveTextContent(copy('recharge.actions.not_now'));
    // $1.50 needed, $0.40 held: the smallest preset that covers it is chosen.
    const radios = [...dialog().querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.checked)).toEqual([true, false, false, false]);
    await userEvent.click(radios[1] as HTMLInputElement);
    await userEvent.click(submitButton());
    // Busy while the checkout runs; a second press does nothing.
    expect(submitButton()).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(submitButton());
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(args.onRecharge).toHaveBeenCalledTimes(1);
    expect(args.onRecharge).toHaveBeenCalledWith(usd(2_500));
    expect(args.onRecharged).toHaveBeenCalledWith(usd(2_500));
    await waitFor(() => expect(document.activeElement).toBe(opener(canvasElement)));
  },
};

/** No presets: an amount of the user's own, read and written in the locale's way. */
export const CustomAmount: Story = {
  args: { presets: false, limits: true },
  play: async ({ args, userEvent, loaded }) => {
    const copy = loadedCopy(loaded);
    await waitFor(() => expect(dialog()).toBeVisible());
    // Nothing typed: the message says so, and focus goes to the field.
    await userEvent.click(submitButton());
    const field = dialog().querySelector('input') as HTMLInputElement;
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(copy('recharge.validation.required')));
    // Below the least: the message names it.
    await userEvent.type(field, formatMoneyInput(usd(100), (loaded.i18n as { language: string }).language));
    await userEvent.tab();
    expect(dialog().textContent).toContain(
      copy({
        key: 'recharge.validation.below_min',
        values: { min: 5 },
        formatParams: { min: { currency: 'USD' } },
      }),
    );
    await userEvent.clear(field);
    await userEvent.type(field, formatMoneyInput(usd(1_250), (loaded.i18n as { language: string }).language));
    await userEvent.click(submitButton());
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(args.onRecharge).toHaveBeenCalledWith(usd(1_250));
  },
};

/** The card is declined (Stripe's real answer): the reason takes focus, nothing is lost, trying again works. */
export const Declined: Story = {
  args: { checkout: 'declined once (Stripe)' },
  play: async ({ args, userEvent, loaded }) => {
    const copy = loadedCopy(loaded);
    await waitFor(() => expect(dialog()).toBeVisible());
    await userEvent.click(submitButton());
    const failure = await waitFor(() => {
      const section = dialog().querySelector<HTMLElement>('.tactful-recharge__failure');
      expect(section).toHaveFocus();
      return section as HTMLElement;
    });
    expect(failure).toHaveAccessibleName(copy('recharge.declined.title'));
    expect(submitButton()).toHaveTextContent(copy('recharge.declined.actions.retry'));
    await userEvent.click(submitButton());
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(args.onRecharge).toHaveBeenCalledTimes(2);
    expect(args.onRecharged).toHaveBeenCalledTimes(1);
  },
};

/** The checkout's service is busy (OpenAI's real 503): its kind's words, and that the request is still saved. */
export const CheckoutOverloaded: Story = {
  args: { checkout: 'overloaded once (OpenAI 503)' },
  play: async ({ userEvent, loaded }) => {
    const copy = loadedCopy(loaded);
    await waitFor(() => expect(dialog()).toBeVisible());
    await userEvent.click(submitButton());
    await waitFor(() =>
      expect(dialog().querySelector('.tactful-recharge__failure')).toHaveAccessibleName(
        copy('kinds.overloaded.title'),
      ),
    );
    expect(dialog().textContent).toContain(copy('states.failed.next'));
  },
};

/** Someone who cannot pay: a message for an admin, ready to copy, naming the request and the amount. */
export const CannotPay: Story = {
  args: { canManageBilling: false },
  play: async ({ userEvent, loaded }) => {
    const copy = loadedCopy(loaded);
    await waitFor(() => expect(dialog()).toBeVisible());
    expect(dialog()).toHaveAccessibleName(copy('recharge.admin.title'));
    const message = dialog().querySelector('textarea') as HTMLTextAreaElement;
    expect(message.value).toBeTruthy();
    expect(document.activeElement).toHaveTextContent(copy('recharge.actions.not_now'));
    await userEvent.click(dialog().querySelector('[data-variant="primary"]') as HTMLElement);
    // Copied where the clipboard allows it; otherwise selected for the user to copy.
    await waitFor(() =>
      expect(
        dialog().textContent?.includes(copy('recharge.admin.copied')) ||
          (document.activeElement === message && message.selectionEnd > 0),
      ).toBe(true),
    );
  },
};

/** Paying happens on the app's own checkout page: the dialog links there. */
export const CheckoutPage: Story = {
  args: { checkoutLink: true },
  play: async () => {
    await waitFor(() => expect(dialog()).toBeVisible());
    expect(dialog().querySelector('a')).toHaveAttribute('href', '/billing/checkout');
  },
};

/** Escape and "Not now" close it without paying, and focus goes back to the button that opened it. */
export const NotNow: Story = {
  args: { startOpen: false },
  play: async ({ canvasElement, args, userEvent }) => {
    await userEvent.click(opener(canvasElement));
    await waitFor(() => expect(dialog()).toBeVisible());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(opener(canvasElement));
    expect(args.onRecharge).not.toHaveBeenCalled();
    // "Not now", where focus starts.
    await userEvent.click(opener(canvasElement));
    await waitFor(() => expect(dialog()).toBeVisible());
    await userEvent.click(document.activeElement as HTMLElement);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(opener(canvasElement));
  },
};

/** A long label and no balance known, in a narrow window. */
export const LongLabel: Story = {
  args: { label: 'long', balance: false },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};
