import { isMoneyIn } from '../balance/levels';
import { moneyRef } from '../copy/money-ref';
import type { Money } from '../money/money';
import type { AutoRechargeField, AutoRechargeLimits, AutoRechargeSettings } from './auto-recharge.types';
import type { AutoRechargeCopyRef, AutoRechargeValidationKey } from './keys';

/** One thing to change, in one field, as a copy reference. */
export interface AutoRechargeIssue extends AutoRechargeCopyRef<AutoRechargeValidationKey> {
  readonly field: AutoRechargeField;
}

export interface AutoRechargeValidation {
  readonly valid: boolean;
  /** At most one issue per field (the first rule it breaks), in field order. */
  readonly issues: readonly AutoRechargeIssue[];
  /** The same issues by field, for inline messages. */
  readonly fields: Readonly<Partial<Record<AutoRechargeField, AutoRechargeIssue>>>;
}

/**
 * A field's amount in minor units: undefined when empty, NaN when not a usable amount (not a
 * number, not whole minor units, or another currency than the limits').
 */
export function minorIn(value: Money | null | undefined, currency: string): number | undefined {
  if (value == null) return undefined;
  return isMoneyIn(value, currency) && Number.isInteger(value.minor) ? value.minor : Number.NaN;
}

/** A limit in minor units, or undefined when absent or unusable (a bad limit bounds nothing). */
export function limitIn(value: Money | undefined, currency: string): number | undefined {
  const minor = minorIn(value, currency);
  return Number.isNaN(minor) ? undefined : minor;
}

/**
 * What a recharge charges (minor units) at a balance below the threshold: `fixed` adds the amount;
 * `target` tops up to the target, raised to the smallest charge and lowered to the largest.
 */
export function chargeAt(
  method: AutoRechargeSettings['method'],
  balance: number,
  amount: number,
  min: number | undefined,
  max: number | undefined,
): number {
  if (method !== 'target') return amount;
  return Math.min(max ?? Number.POSITIVE_INFINITY, Math.max(min ?? 1, amount - balance));
}

/**
 * Checks settings against the app's limits and returns issues as copy keys with values:
 *
 * - threshold: `threshold_required`, `threshold_negative`;
 * - amount: `amount_required`, `amount_not_positive`, `amount_below_min` ({{min}}),
 *   `amount_above_max` ({{max}}) — for `target` the bounds apply to the target itself — then
 *   `target_not_above_threshold` ({{threshold}});
 * - monthlyCap (when set): `cap_not_positive`, then `cap_below_amount` ({{amount}}) when the cap
 *   cannot fit even one recharge. For `fixed` that recharge is the amount; for `target` it is the
 *   smallest possible top-up: from one minor unit below the threshold (recharge happens when the
 *   balance falls *below* it) up to the target, but never less than the limits' `min`.
 * - any field: `not_a_number` when its value is not a usable amount in the limits' currency.
 *
 * Disabled settings are checked for `not_a_number` only, so a half-filled form can be switched off.
 */
export function validateAutoRecharge(
  settings: AutoRechargeSettings,
  limits: AutoRechargeLimits,
): AutoRechargeValidation {
  const currency = String(limits.currency).toUpperCase();
  const fields: Partial<Record<AutoRechargeField, AutoRechargeIssue>> = {};
  const flag = (field: AutoRechargeField, rule: string, amounts: Record<string, number> = {}) => {
    if (fields[field]) return;
    const money: Record<string, Money> = {};
    for (const [name, minor] of Object.entries(amounts)) money[name] = { minor, currency };
    const key = `autoRecharge.validation.${rule}` as AutoRechargeValidationKey;
    fields[field] = Object.keys(money).length ? { field, ...moneyRef(key, money) } : { field, key };
  };
  const threshold = minorIn(settings.threshold, currency);
  const amount = minorIn(settings.amount, currency);
  const cap = minorIn(settings.monthlyCap, currency);
  const min = limitIn(limits.min, currency);
  const max = limitIn(limits.max, currency);
  if (Number.isNaN(threshold)) flag('threshold', 'not_a_number');
  if (Number.isNaN(amount)) flag('amount', 'not_a_number');
  if (Number.isNaN(cap)) flag('monthlyCap', 'not_a_number');
  if (settings.enabled) {
    if (threshold === undefined) flag('threshold', 'threshold_required');
    else if (threshold < 0) flag('threshold', 'threshold_negative');
    if (amount === undefined) flag('amount', 'amount_required');
    else if (amount <= 0) flag('amount', 'amount_not_positive');
    else if (min !== undefined && amount < min) flag('amount', 'amount_below_min', { min });
    else if (max !== undefined && amount > max) flag('amount', 'amount_above_max', { max });
    else if (settings.method === 'target' && threshold !== undefined && amount <= threshold) {
      flag('amount', 'target_not_above_threshold', { threshold });
    }
    if (cap !== undefined && cap <= 0) flag('monthlyCap', 'cap_not_positive');
    else if (cap !== undefined && amount !== undefined && !fields.amount) {
      const target = settings.method === 'target';
      if (!target || (threshold !== undefined && !fields.threshold)) {
        const smallest = chargeAt(settings.method, target ? (threshold as number) - 1 : 0, amount, min, max);
        if (cap < smallest) flag('monthlyCap', 'cap_below_amount', { amount: smallest });
      }
    }
  }
  const issues = (['threshold', 'amount', 'monthlyCap'] as const).flatMap((field) => fields[field] ?? []);
  return { valid: issues.length === 0, issues, fields };
}
