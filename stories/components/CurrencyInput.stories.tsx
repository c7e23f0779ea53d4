import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Money } from '@tactful/core';
import { CurrencyInput, formatMoneyInput, type MoneyInputResult } from '@tactful/react';
import { useId, useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { useStoryCopy } from '../support/copy';

interface Args {
  readonly currency: string;
  /** How amounts are read and written; the copy's language when empty. */
  readonly locale: string;
  readonly defaultValue: Money | null;
  readonly onValueChange: (result: MoneyInputResult, text: string) => void;
}

/** The field with a label from the copy, and what the text means now, shown as data for developers. */
function LabelledInput({ currency, locale, defaultValue, onValueChange }: Args) {
  const copy = useStoryCopy();
  const id = useId();
  const [result, setResult] = useState<MoneyInputResult>();
  return (
    <div className="story-stack story-narrow">
      <div className="story-field">
        <label htmlFor={id}>{copy('recharge.custom_label')}</label>
        <CurrencyInput
          currency={currency}
          defaultValue={defaultValue}
          id={id}
          {...(locale && { locale })}
          onValueChange={(next, text) => {
            setResult(next);
            onValueChange(next, text);
          }}
        />
      </div>
      <pre className="story-pre" data-story-result="" dir="ltr" lang="en">
        {result ? JSON.stringify(result) : 'What the text means shows here.'}
      </pre>
    </div>
  );
}

/**
 * A text field for money in the user's locale: `inputMode="decimal"`, the currency beside it (and named
 * for screen readers), lenient reading (`1.234,56`, `١٢٫٥٠`, `$12`) and the locale's own writing once
 * the user leaves it. It follows the toolbar's language unless `locale` is set.
 */
const meta = {
  title: 'Components/CurrencyInput',
  component: LabelledInput,
  args: { currency: 'USD', locale: '', defaultValue: null, onValueChange: fn() },
  argTypes: {
    currency: { control: 'select', options: ['USD', 'EUR', 'JPY', 'GBP', 'INR', 'KWD'] },
    locale: { control: 'select', options: ['', 'en', 'de', 'fr', 'ar-EG', 'hi', 'ja'] },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Typed in the language's way, read as money, written back in the language's way on leaving. */
export const Dollars: Story = {
  play: async ({ canvasElement, args, userEvent, loaded }) => {
    const language = (loaded.i18n as { language: string }).language;
    const field = canvasElement.querySelector('input') as HTMLInputElement;
    const amount: Money = { minor: 123_456, currency: 'USD' };
    await userEvent.type(field, formatMoneyInput(amount, language));
    await userEvent.tab();
    expect(args.onValueChange).toHaveBeenLastCalledWith({ ok: true, money: amount }, expect.any(String));
    await waitFor(() => expect(field.value).toBe(formatMoneyInput(amount, language)));
  },
};

export const Euros: Story = { args: { currency: 'EUR', defaultValue: { minor: 1_250, currency: 'EUR' } } };

/** A currency without minor units. */
export const Yen: Story = { args: { currency: 'JPY', defaultValue: { minor: 15_400, currency: 'JPY' } } };

/** Three decimals. */
export const KuwaitiDinar: Story = {
  args: { currency: 'KWD', defaultValue: { minor: 12_500, currency: 'KWD' } },
};

/** Arabic-Indic digits are read too. */
export const ArabicDigits: Story = {
  args: { locale: 'ar-EG' },
  play: async ({ canvasElement, args, userEvent }) => {
    await userEvent.type(canvasElement.querySelector('input') as HTMLInputElement, '١٢٫٥٠');
    expect(args.onValueChange).toHaveBeenLastCalledWith(
      { ok: true, money: { minor: 1_250, currency: 'USD' } },
      '١٢٫٥٠',
    );
  },
};

/** Text that is not an amount is reported, not guessed. */
export const NotAnAmount: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    await userEvent.type(canvasElement.querySelector('input') as HTMLInputElement, 'twelve');
    const [result] = (args.onValueChange as ReturnType<typeof fn>).mock.lastCall ?? [];
    expect(result).toMatchObject({ ok: false });
  },
};
