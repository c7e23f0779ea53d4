import {
  type AutoRechargeField,
  type AutoRechargeLimits,
  type AutoRechargeSettings,
  type AutoRechargeValidation,
  type CopyRef,
  type Money,
  type MoneyInputResult,
  tooPreciseRef,
  validateAutoRecharge,
} from '@tactful/core';
import { useRef, useState } from 'react';

export const EMPTY_SETTINGS: AutoRechargeSettings = {
  enabled: false,
  threshold: null,
  method: 'target',
  amount: null,
  monthlyCap: null,
};

export const FIELDS = ['threshold', 'amount', 'monthlyCap'] as const;

// A negative amount is a number: say what to change rather than "enter a number".
const NEGATIVE: Record<AutoRechargeField, string> = {
  threshold: 'autoRecharge.validation.threshold_negative',
  amount: 'autoRecharge.validation.amount_not_positive',
  monthlyCap: 'autoRecharge.validation.cap_not_positive',
};

const sameMoney = (a: Money | null | undefined, b: Money | null | undefined) =>
  a == null || b == null
    ? (a ?? null) === (b ?? null)
    : Object.is(a.minor, b.minor) && a.currency === b.currency;

const sameFields = (a: AutoRechargeSettings, b: AutoRechargeSettings) =>
  a.enabled === b.enabled && a.method === b.method && FIELDS.every((field) => sameMoney(a[field], b[field]));

export interface AutoRechargeFormOptions {
  readonly value: AutoRechargeSettings | undefined;
  readonly defaultValue: AutoRechargeSettings | undefined;
  readonly onChange:
    | ((settings: AutoRechargeSettings, validation: AutoRechargeValidation) => void)
    | undefined;
  readonly limits: AutoRechargeLimits;
}

/**
 * The form's state: the settings (the app's `value`, or its own from `defaultValue`), what each amount
 * field's text means, which fields have been left, and the messages to show. An amount field that
 * cannot be read holds a NaN amount, as the settings model expects. A `value` the app changed itself
 * (not an echo of this form's own change) bumps `generation`, so the fields show it afresh.
 */
export function useAutoRechargeForm({ value, defaultValue, onChange, limits }: AutoRechargeFormOptions) {
  const [own, setOwn] = useState(defaultValue ?? EMPTY_SETTINGS);
  const settings = value ?? own;
  const [touched, setTouched] = useState<Partial<Record<AutoRechargeField, boolean>>>({});
  const [unread, setUnread] = useState<Partial<Record<AutoRechargeField, MoneyInputResult>>>({});
  const [generation, setGeneration] = useState(0);
  const [seen, setSeen] = useState(value);
  const emitted = useRef(value);
  if (value !== seen) {
    setSeen(value);
    if (value && !(emitted.current && sameFields(value, emitted.current))) {
      setGeneration((count) => count + 1);
      setUnread({});
    }
  }

  const validation = validateAutoRecharge(settings, limits);

  const update = (next: AutoRechargeSettings) => {
    emitted.current = next;
    if (value === undefined) setOwn(next);
    onChange?.(next, validateAutoRecharge(next, limits));
  };

  const setAmount = (field: AutoRechargeField, result: MoneyInputResult) => {
    const empty = !result.ok && result.reason === 'empty';
    setUnread((before) => ({ ...before, [field]: result.ok || empty ? undefined : result }));
    const amount = result.ok ? result.money : empty ? null : { minor: Number.NaN, currency: limits.currency };
    update({ ...settings, [field]: amount });
  };

  /** The message for a field, once it has been left or the form submitted; null while it is fine. */
  const issueOf = (field: AutoRechargeField, submitted: boolean): CopyRef | null => {
    if (!(touched[field] || submitted)) return null;
    const reading = unread[field];
    if (reading && !reading.ok && reading.reason === 'negative') return { key: NEGATIVE[field] };
    // Typed finer than the currency counts (12.345 dollars): the text says more than the core's NaN can.
    if (reading && !reading.ok && reading.reason === 'too_precise')
      return tooPreciseRef('autoRecharge.validation.too_precise', limits.currency);
    return validation.fields[field] ?? null;
  };

  return {
    settings,
    validation,
    generation,
    update,
    setAmount,
    issueOf,
    touch: (field: AutoRechargeField) => setTouched((before) => ({ ...before, [field]: true })),
  };
}
