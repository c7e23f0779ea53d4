import {
  formatMoneyInput,
  type Money,
  type MoneyInputResult,
  moneyConventions,
  parseMoneyInput,
} from '@tactful/core';
import { type FocusEvent, forwardRef, type InputHTMLAttributes, useId, useMemo, useState } from 'react';
import { useCopy } from '../copy/useCopy';

export interface CurrencyInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'type' | 'inputMode'> {
  /** ISO 4217 code; shown beside the field in the locale's way (`$`, `€`, `US$`) and named for screen readers. */
  readonly currency: string;
  /** How amounts are read and written; the copy's language when absent. */
  readonly locale?: string | undefined;
  /** Controlled amount: `null` for none. The text the user types is kept while it means this amount. */
  readonly value?: Money | null | undefined;
  readonly defaultValue?: Money | null | undefined;
  /** Every edit, with what the text means now (`{ ok: false, reason }` while it is not an amount yet). */
  readonly onValueChange?: ((result: MoneyInputResult, text: string) => void) | undefined;
}

const sameMoney = (a: Money | null | undefined, b: Money | null | undefined) =>
  (a ?? null) === (b ?? null) || (!!a && !!b && a.minor === b.minor && a.currency === b.currency);

function currencyName(locale: string, currency: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}

/**
 * A text field for an amount of money in the user's locale: `inputMode="decimal"`, the currency beside
 * it, lenient reading (`1.234,56`, `١٢٫٥٠`, `$12`) and the locale's own writing once the user leaves it.
 * Label it like any input (`id` + `<label>`, or `aria-labelledby`); `aria-invalid` and
 * `aria-describedby` pass through.
 */
export const CurrencyInput = forwardRef<HTMLInputElement, CurrencyInputProps>(function CurrencyInput(
  { currency, locale, value, defaultValue, onValueChange, onChange, onBlur, className, ...inputProps },
  ref,
) {
  const copy = useCopy();
  const lng = locale ?? copy.language;
  const options = { locale: lng, currency };
  const show = (amount: Money | null | undefined) => (amount ? formatMoneyInput(amount, lng) : '');
  const [text, setText] = useState(() => show(value ?? defaultValue));
  const [shownValue, setShownValue] = useState(value);
  const parsed = parseMoneyInput(text, options);
  // A new controlled value that the text does not already mean replaces the text (set while rendering,
  // React's pattern for state that follows a prop).
  if (value !== undefined && !sameMoney(value, shownValue)) {
    setShownValue(value);
    if (!sameMoney(value, parsed.ok ? parsed.money : null)) setText(show(value));
  }
  const conventions = moneyConventions(lng, currency);
  const nameId = useId();
  const name = useMemo(() => currencyName(lng, conventions.currency), [lng, conventions.currency]);
  const symbol = (
    <span aria-hidden="true" className="tactful-currency-input__symbol">
      {conventions.symbol}
    </span>
  );
  return (
    <span
      className="tactful-currency-input"
      data-invalid={
        inputProps['aria-invalid'] === true || inputProps['aria-invalid'] === 'true' ? '' : undefined
      }
    >
      {conventions.symbolFirst ? symbol : null}
      <input
        autoComplete="off"
        spellCheck={false}
        {...inputProps}
        aria-describedby={[nameId, inputProps['aria-describedby']].filter(Boolean).join(' ')}
        className={
          className
            ? `tactful-input tactful-currency-input__field ${className}`
            : 'tactful-input tactful-currency-input__field'
        }
        inputMode="decimal"
        onBlur={(event: FocusEvent<HTMLInputElement>) => {
          // Leaving the field shows the amount as the locale writes it: `12.5` becomes `12.50`.
          if (parsed.ok) setText(show(parsed.money));
          onBlur?.(event);
        }}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          onChange?.(event);
          onValueChange?.(parseMoneyInput(next, options), next);
        }}
        ref={ref}
        type="text"
        value={text}
      />
      {conventions.symbolFirst ? null : symbol}
      <span className="tactful-sr-only" id={nameId}>
        {name}
      </span>
    </span>
  );
});
