import type { CopyRef, Money, MoneyInputResult } from '@tactful/core';
import { forwardRef, useId } from 'react';
import { useCopy } from '../copy/useCopy';
import { CurrencyInput } from '../currency-input/CurrencyInput';

export interface MoneyFieldProps {
  readonly name: string;
  readonly label: CopyRef;
  readonly help?: CopyRef | undefined;
  /** Shown once the field was left or the form submitted; null while there is nothing to change. */
  readonly issue: CopyRef | null;
  readonly value: Money | null | undefined;
  readonly currency: string;
  readonly locale: string | undefined;
  readonly onValueChange: (result: MoneyInputResult) => void;
  readonly onBlur: () => void;
}

/** One amount: label, localized currency input, help, and its message linked by aria-describedby. */
export const MoneyField = forwardRef<HTMLInputElement, MoneyFieldProps>(function MoneyField(
  { name, label, help, issue, value, currency, locale, onValueChange, onBlur },
  ref,
) {
  const { tr } = useCopy();
  const id = useId();
  const described = [help && `${id}-help`, issue && `${id}-issue`].filter(Boolean).join(' ');
  return (
    <div className="tactful-auto-recharge__field" data-field={name} data-invalid={issue ? '' : undefined}>
      <label className="tactful-auto-recharge__label" htmlFor={id}>
        {tr(label)}
      </label>
      <CurrencyInput
        aria-describedby={described || undefined}
        aria-invalid={issue ? true : undefined}
        currency={currency}
        id={id}
        name={name}
        onBlur={onBlur}
        onValueChange={onValueChange}
        ref={ref}
        // An amount that could not be read is NaN: leave the user's text as it is.
        {...(value && Number.isNaN(value.minor) ? {} : { value: value ?? null })}
        {...(locale ? { locale } : {})}
      />
      {help ? (
        <p className="tactful-auto-recharge__help" id={`${id}-help`}>
          {tr(help)}
        </p>
      ) : null}
      {issue ? (
        <p className="tactful-auto-recharge__issue" id={`${id}-issue`}>
          {tr(issue)}
        </p>
      ) : null}
    </div>
  );
});
