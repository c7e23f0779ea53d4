import type { Money } from '@tactful/core';
import { createTactfulI18n } from '@tactful/i18n';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { liveRegion, renderWithTactful } from '../../../../test/support/render';
import { RechargeDialog, type RechargeDialogProps } from './RechargeDialog';

const usd = (minor: number): Money => ({ minor, currency: 'USD' });
const INTENT = 'summarizing 40 contracts';

let english: i18n;
beforeAll(async () => {
  english = await createTactfulI18n({ lng: 'en', product: 'Contracts AI' });
});

function renderDialog(overrides: Partial<RechargeDialogProps> = {}) {
  const props = {
    open: true,
    onOpenChange: vi.fn(),
    currency: 'USD',
    intent: INTENT,
    balance: usd(12),
    needed: usd(150),
    presets: [usd(500), usd(1000), usd(2500)],
    min: usd(500),
    max: usd(50000),
    onRecharge: vi.fn(() => Promise.resolve()),
    onRecharged: vi.fn(),
    announce: vi.fn(),
    ...overrides,
  } satisfies RechargeDialogProps;
  const view = render(
    <I18nextProvider i18n={english}>
      <RechargeDialog {...props} />
    </I18nextProvider>,
  );
  return { ...view, props, dialog: screen.getByRole('alertdialog') };
}

/** A promise the test settles by hand, to look at the dialog while the checkout runs. */
function deferred() {
  let resolve!: (value?: unknown) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

async function chooseOtherAmount() {
  await userEvent.click(screen.getByRole('radio', { name: 'Other amount' }));
  return screen.getByRole('textbox', { name: 'Other amount' });
}

describe('RechargeDialog', () => {
  it('is an alertdialog named by its title and described by the intent, balance and amount needed', () => {
    const { dialog } = renderDialog();
    expect(dialog).toHaveAccessibleName('Add funds to continue');
    expect(dialog).toHaveAccessibleDescription(
      `Choose how much to add, and we'll get back to ${INTENT} right away. Current balance: $0.12 Needed for this request: $1.50`,
    );
    expect(screen.getByRole('button', { name: 'Not now' })).toHaveFocus();
    expect(dialog).toHaveAttribute('dir', 'ltr');
  });

  it('offers the presets as radios, starting on the smallest that covers what is missing', () => {
    renderDialog({ presets: [usd(2500), usd(100), usd(500)] });
    const group = screen.getByRole('group', { name: 'Amount to add' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      '$25.00',
      '$1.00',
      '$5.00',
      'Other amount',
    ]);
    // Needs $1.50 and holds $0.12: $1.00 is not enough, $5.00 is the smallest that is.
    expect(screen.getByRole('radio', { name: '$5.00' })).toBeChecked();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('checks a custom amount only once the user leaves the field, then as they fix it', async () => {
    renderDialog();
    const input = await chooseOtherAmount();
    expect(input).toHaveAccessibleDescription('US Dollar Between $5.00 and $500.00');
    await userEvent.type(input, '4');
    expect(input).not.toHaveAttribute('aria-invalid');
    await userEvent.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'US Dollar Between $5.00 and $500.00 The smallest amount you can add is $5.00.',
    );
    await userEvent.clear(input);
    await userEvent.type(input, 'lots');
    expect(input).toHaveAccessibleDescription(/Enter the amount as a number\.$/);
    await userEvent.clear(input);
    await userEvent.type(input, '600');
    expect(input).toHaveAccessibleDescription(/The largest amount you can add at once is \$500\.00\.$/);
    await userEvent.clear(input);
    await userEvent.type(input, '12.345');
    expect(input).toHaveAccessibleDescription(/Enter the amount to the nearest \$0\.01\.$/);
    await userEvent.clear(input);
    await userEvent.type(input, '42');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription('US Dollar Between $5.00 and $500.00');
  });

  it('hints at the most when the app set only a largest amount', async () => {
    renderDialog({ min: undefined });
    const input = await chooseOtherAmount();
    expect(input).toHaveAccessibleDescription('US Dollar Up to $500.00');
  });

  it('refuses an amount finer than the currency counts, naming its smallest unit, and charges nothing', async () => {
    const { props } = renderDialog({
      currency: 'JPY',
      balance: undefined,
      needed: undefined,
      presets: [],
      min: undefined,
      max: undefined,
    });
    const input = screen.getByRole('textbox', { name: 'Amount to add' });
    await userEvent.type(input, '1500.5{Enter}');
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter the amount to the nearest ¥1\.$/);
    expect(props.onRecharge).not.toHaveBeenCalled();
    await userEvent.clear(input);
    await userEvent.type(input, '1500{Enter}');
    expect(props.onRecharge).toHaveBeenCalledWith({ minor: 1500, currency: 'JPY' });
  });

  it('asks for an amount on submit, with focus on the field, and charges nothing', async () => {
    const { props } = renderDialog();
    const input = await chooseOtherAmount();
    await userEvent.click(screen.getByRole('button', { name: 'Add funds' }));
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription(/Enter an amount\.$/);
    expect(props.onRecharge).not.toHaveBeenCalled();
  });

  it('runs the checkout once, busy while it runs, then closes, announces and lets the intent resume', async () => {
    const checkout = deferred();
    const { props } = renderDialog({ onRecharge: vi.fn(() => checkout.promise) });
    const input = await chooseOtherAmount();
    await userEvent.type(input, '12.5{Enter}');
    const busy = screen.getByRole('button', { name: 'Adding funds…' });
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(busy);
    await userEvent.type(input, '{Enter}');
    expect(props.onRecharge).toHaveBeenCalledTimes(1);
    expect(props.onRecharge).toHaveBeenCalledWith(usd(1250));
    expect(props.announce).toHaveBeenLastCalledWith('Adding funds…', 'polite');
    expect(props.onOpenChange).not.toHaveBeenCalled();

    await act(async () => checkout.resolve());
    expect(props.onOpenChange).toHaveBeenCalledWith(false);
    expect(props.announce).toHaveBeenLastCalledWith(
      `Payment received — getting back to ${INTENT} now.`,
      'polite',
    );
    expect(props.onRecharged).toHaveBeenCalledWith(usd(1250));
  });

  it('gives the payment copy for a declined card, with focus on it, and a way to try again', async () => {
    const onRecharge = vi
      .fn<(amount: Money) => Promise<unknown>>()
      .mockRejectedValueOnce({
        type: 'card_error',
        code: 'card_declined',
        message: 'Your card was declined.',
      })
      .mockResolvedValueOnce(undefined);
    const { props } = renderDialog({ onRecharge });
    await userEvent.click(screen.getByRole('button', { name: 'Add funds' }));
    const reason = await screen.findByRole('region', { name: "The payment didn't go through" });
    expect(reason).toHaveAccessibleDescription(
      'Nothing was charged. Check the card details or use a different card, then try again.',
    );
    await waitFor(() => expect(reason).toHaveFocus());
    expect(props.onOpenChange).not.toHaveBeenCalled();
    expect(props.onRecharged).not.toHaveBeenCalled();

    await userEvent.tab();
    await userEvent.tab();
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(props.onRecharged).toHaveBeenCalledWith(usd(500)));
    expect(onRecharge).toHaveBeenCalledTimes(2);
  });

  it('says kindly what happened when the checkout fails for another reason', async () => {
    renderDialog({ onRecharge: () => Promise.reject(new Error('Request timed out')) });
    await userEvent.click(screen.getByRole('button', { name: 'Add funds' }));
    const reason = await screen.findByRole('region', { name: 'This is taking too long' });
    expect(reason).toHaveAccessibleDescription(
      "The service took too long to answer. Your request is saved, so you can try again whenever you're ready.",
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText(/declined|card/i)).toBeNull();
  });

  it('still finishes, or says why not, when closed while the checkout runs', async () => {
    const paid = deferred();
    const first = renderDialog({ onRecharge: () => paid.promise });
    await userEvent.click(screen.getByRole('button', { name: 'Add funds' }));
    first.rerender(
      <I18nextProvider i18n={english}>
        <RechargeDialog {...first.props} open={false} />
      </I18nextProvider>,
    );
    await act(async () => paid.resolve());
    expect(first.props.onRecharged).toHaveBeenCalledWith(usd(500));
    first.unmount();

    const refused = deferred();
    const second = renderDialog({ onRecharge: () => refused.promise });
    await userEvent.click(screen.getByRole('button', { name: 'Add funds' }));
    await userEvent.keyboard('{Escape}');
    expect(second.props.onOpenChange).toHaveBeenCalledWith(false);
    second.unmount();
    await act(async () => refused.reject({ code: 'card_declined' }));
    expect(second.props.announce).toHaveBeenLastCalledWith(
      "The payment didn't go through Nothing was charged. Check the card details or use a different card, then try again.",
      'assertive',
    );
    expect(second.props.onRecharged).not.toHaveBeenCalled();
  });

  it('closes with "Not now" and Escape, and not with a click beside it', async () => {
    const { props } = renderDialog();
    // The page behind a modal takes no pointer events, so user-event refuses to click it: dispatch directly,
    // once Radix listens (it starts a task after opening).
    await act(() => new Promise((settle) => setTimeout(settle, 10)));
    fireEvent.pointerDown(document.body);
    fireEvent.pointerUp(document.body);
    fireEvent.click(document.body);
    expect(props.onOpenChange).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(props.onOpenChange).toHaveBeenLastCalledWith(false);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(props.onOpenChange).toHaveBeenCalledTimes(2);
    expect(props.onRecharge).not.toHaveBeenCalled();
  });

  it('links out to the app’s checkout when there is no onRecharge, and refuses a script link', () => {
    const { unmount } = renderDialog({
      onRecharge: undefined,
      rechargeUrl: 'https://billing.example.com/top-up',
    });
    const link = screen.getByRole('link', { name: 'Add funds' });
    expect(link).toHaveAttribute('href', 'https://billing.example.com/top-up');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('radio')).toBeNull();
    unmount();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderDialog({ onRecharge: undefined, rechargeUrl: 'javascript:alert(1)' });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('button', { name: 'Not now' })).toHaveFocus();
    warn.mockRestore();
  });
});

describe('RechargeDialog for a user who cannot pay', () => {
  it('asks an admin, with a prepared message naming the product and the intent', () => {
    const { dialog } = renderDialog({ canManageBilling: false });
    expect(dialog).toHaveAccessibleName('Ask an admin to add funds');
    expect(dialog).toHaveAccessibleDescription(
      /^Only people who manage billing can add funds to this account\./,
    );
    expect(dialog).toHaveAccessibleDescription(/Needed for this request: \$1\.50$/);
    const message = screen.getByRole('textbox', { name: 'Message for your admin' });
    expect(message).toHaveAttribute('readonly');
    expect((message as HTMLTextAreaElement).value).toContain(INTENT);
    expect((message as HTMLTextAreaElement).value).toContain('Contracts AI');
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add funds' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Not now' })).toHaveFocus();
  });

  it('names what the request needs in the message, when it is known', () => {
    const first = renderDialog({ canManageBilling: false });
    const message = () =>
      (screen.getByRole('textbox', { name: 'Message for your admin' }) as HTMLTextAreaElement).value;
    expect(message()).toBe(
      `Hi, I was ${INTENT} in Contracts AI, but our account has run out of funds, and I need $1.50 to finish. Could you add more when you have a moment? Thanks.`,
    );
    first.unmount();
    const second = renderDialog({ canManageBilling: false, intent: undefined });
    expect(message()).toBe(
      'Hi, our account in Contracts AI has run out of funds, and my request needs $1.50 to finish. Could you add more when you have a moment? Thanks.',
    );
    second.unmount();
    renderDialog({ canManageBilling: false, needed: undefined });
    expect(message()).toBe(
      `Hi, I was ${INTENT} in Contracts AI, but our account has run out of funds. Could you add more when you have a moment? Thanks.`,
    );
  });

  it('copies the message to the clipboard and says so', async () => {
    const { props } = renderDialog({ canManageBilling: false });
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Copy message' }));
    const message = screen.getByRole('textbox', { name: 'Message for your admin' }) as HTMLTextAreaElement;
    expect(writeText).toHaveBeenCalledWith(message.value);
    expect(props.announce).toHaveBeenLastCalledWith('Copied', 'polite');
    expect(screen.getByText('Copied')).toBeVisible();
  });

  it('selects the message for the user to copy when the clipboard is refused', async () => {
    const { props } = renderDialog({ canManageBilling: false });
    const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Copy message' }));
    const message = screen.getByRole('textbox', { name: 'Message for your admin' }) as HTMLTextAreaElement;
    await waitFor(() => expect(message).toHaveFocus());
    expect(message.selectionStart).toBe(0);
    expect(message.selectionEnd).toBe(message.value.length);
    expect(props.announce).not.toHaveBeenCalled();
    expect(screen.queryByText('Copied')).toBeNull();
  });
});

describe('RechargeDialog inside the provider', () => {
  it('announces through the provider’s live regions and takes its settings', async () => {
    const onRecharged = vi.fn();
    await renderWithTactful(
      <RechargeDialog
        currency="USD"
        intent={INTENT}
        onOpenChange={() => undefined}
        onRecharge={() => Promise.resolve()}
        onRecharged={onRecharged}
        open
        presets={[usd(500)]}
      />,
      { balance: usd(12) },
    );
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveAccessibleDescription(/Current balance: \$0\.12$/);
    await userEvent.click(screen.getByRole('button', { name: 'Add funds' }));
    await waitFor(() => expect(onRecharged).toHaveBeenCalledWith(usd(500)));
    await waitFor(() =>
      expect(liveRegion('polite')).toHaveTextContent(`Payment received — getting back to ${INTENT} now.`),
    );
  });

  it('becomes the admin request when the provider says the user cannot pay', async () => {
    await renderWithTactful(
      <RechargeDialog
        currency="USD"
        onOpenChange={() => undefined}
        onRecharge={() => Promise.resolve()}
        open
      />,
      { canManageBilling: false },
    );
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Ask an admin to add funds');
  });
});
