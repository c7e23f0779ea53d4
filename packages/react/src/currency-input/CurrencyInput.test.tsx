import type { Money, MoneyInputResult } from '@tactful/core';
import { createTactfulI18n } from '@tactful/i18n';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { type ReactNode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CurrencyInput } from './CurrencyInput';

let german: i18n;
let english: i18n;
beforeAll(async () => {
  german = await createTactfulI18n({ lng: 'de' });
  english = await createTactfulI18n({ lng: 'en' });
});

const inLanguage = (instance: i18n, node: ReactNode) => (
  <I18nextProvider i18n={instance}>{node}</I18nextProvider>
);

function Controlled() {
  const [value, setValue] = useState<Money | null>({ minor: 500, currency: 'USD' });
  return (
    <>
      <CurrencyInput
        aria-label="Amount"
        currency="USD"
        onValueChange={(result) => setValue(result.ok ? result.money : null)}
        value={value}
      />
      <button onClick={() => setValue({ minor: 2500, currency: 'USD' })} type="button">
        Pick 25
      </button>
      <output>{value ? value.minor : 'none'}</output>
    </>
  );
}

describe('CurrencyInput', () => {
  it('is a decimal text field with the currency beside it, named for screen readers', () => {
    render(
      inLanguage(
        english,
        <>
          <label htmlFor="amount">Other amount</label>
          <CurrencyInput aria-describedby="hint" currency="USD" id="amount" />
          <p id="hint">Between $5.00 and $500.00</p>
        </>,
      ),
    );
    const input = screen.getByRole('textbox', { name: 'Other amount' });
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAccessibleDescription('US Dollar Between $5.00 and $500.00');
    const wrapper = input.parentElement as HTMLElement;
    // English writes the dollar before the number.
    expect(wrapper.firstElementChild).toHaveTextContent('$');
    expect(wrapper.firstElementChild).toHaveAttribute('aria-hidden', 'true');
  });

  it('reads and writes amounts the way the copy’s language does', async () => {
    const changes: MoneyInputResult[] = [];
    render(
      inLanguage(
        german,
        <CurrencyInput aria-label="Betrag" currency="EUR" onValueChange={(result) => changes.push(result)} />,
      ),
    );
    const input = screen.getByRole('textbox', { name: 'Betrag' });
    // German writes the euro after the number.
    expect((input.parentElement as HTMLElement).lastElementChild?.previousElementSibling).toHaveTextContent(
      '€',
    );
    await userEvent.type(input, '1234,5');
    expect(changes.at(-1)).toEqual({ ok: true, money: { minor: 123450, currency: 'EUR' } });
    expect(changes[0]).toEqual({ ok: true, money: { minor: 100, currency: 'EUR' } });
    await userEvent.tab();
    expect(input).toHaveValue('1.234,50');
  });

  it('keeps what the user typed while it is not an amount, and reports why', async () => {
    const onValueChange = vi.fn();
    render(
      inLanguage(english, <CurrencyInput aria-label="Amount" currency="USD" onValueChange={onValueChange} />),
    );
    const input = screen.getByRole('textbox', { name: 'Amount' });
    await userEvent.type(input, '12x');
    await userEvent.tab();
    expect(input).toHaveValue('12x');
    expect(onValueChange).toHaveBeenLastCalledWith({ ok: false, reason: 'not_a_number' }, '12x');
  });

  it('follows a controlled value without rewriting text that already means it', async () => {
    render(inLanguage(english, <Controlled />));
    const input = screen.getByRole('textbox', { name: 'Amount' });
    expect(input).toHaveValue('5.00');
    await userEvent.clear(input);
    await userEvent.type(input, '7.5');
    // `7.5` means 750 cents, the value the parent now holds: the text stays as typed.
    expect(input).toHaveValue('7.5');
    expect(screen.getByRole('status')).toHaveTextContent('750');
    await userEvent.clear(input);
    expect(screen.getByRole('status')).toHaveTextContent('none');
    expect(input).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: 'Pick 25' }));
    expect(input).toHaveValue('25.00');
  });

  it('starts from a default value, uncontrolled', () => {
    render(
      inLanguage(
        english,
        <CurrencyInput aria-label="Amount" currency="JPY" defaultValue={{ minor: 1500, currency: 'JPY' }} />,
      ),
    );
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveValue('1,500');
  });

  it('forwards its ref to the input and marks itself invalid for styles', () => {
    const ref = { current: null as HTMLInputElement | null };
    render(inLanguage(english, <CurrencyInput aria-invalid aria-label="Amount" currency="USD" ref={ref} />));
    const input = screen.getByRole('textbox', { name: 'Amount' });
    expect(ref.current).toBe(input);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.parentElement).toHaveAttribute('data-invalid');
  });
});
