import { isMoneyIn } from '../balance/levels';
import type { Money } from '../money/money';
import type { AutoRechargeLimits, AutoRechargeSettings } from './auto-recharge.types';
import { chargeAt, limitIn, minorIn, validateAutoRecharge } from './validate';

/** What auto-recharge would do at a given balance. */
export type AutoRechargePlan =
  | {
      readonly status: 'none';
      /** Off; the balance is not below the threshold; or settings or inputs that do not hold together. */
      readonly reason: 'disabled' | 'not_below_threshold' | 'invalid';
    }
  | { readonly status: 'charge'; readonly amount: Money; readonly balanceAfter: Money }
  /** A recharge is due but the card cannot pay: it failed, or there is none. */
  | { readonly status: 'blocked'; readonly reason: 'payment_method'; readonly amount: Money }
  /** A recharge is due but would exceed the monthly cap; recharges are never split to fit. */
  | {
      readonly status: 'blocked';
      readonly reason: 'monthly_cap';
      readonly amount: Money;
      readonly capRemaining: Money;
    };

export interface AutoRechargeContext {
  readonly balance: Money;
  /** What auto-recharge already charged this calendar month. Zero by default. */
  readonly chargedThisMonth?: Money;
  /** The app's limits; the balance's currency with no bounds by default. */
  readonly limits?: AutoRechargeLimits;
}

/**
 * The recharge a balance would trigger: none unless the balance is below the threshold; then the
 * fixed amount, or the top-up to the target (raised to the limits' `min`, lowered to their `max`).
 * A charge that would take this month's total past the cap does not happen, nor does one without a
 * working payment method (`expiring` still works). Settings that do not validate never charge.
 */
export function planAutoRecharge(
  settings: AutoRechargeSettings,
  context: AutoRechargeContext,
): AutoRechargePlan {
  if (!settings.enabled) return { status: 'none', reason: 'disabled' };
  const { balance } = context;
  const currency = String(balance?.currency).toUpperCase();
  const limits = context.limits ?? { currency };
  const charged = context.chargedThisMonth === undefined ? 0 : minorIn(context.chargedThisMonth, currency);
  if (
    !isMoneyIn(balance, currency) ||
    String(limits.currency).toUpperCase() !== currency ||
    Number.isNaN(charged) ||
    !validateAutoRecharge(settings, limits).valid
  ) {
    return { status: 'none', reason: 'invalid' };
  }
  const money = (minor: number): Money => ({ minor, currency });
  // Validation guarantees both are usable amounts in this currency.
  const threshold = (settings.threshold as Money).minor;
  if (balance.minor >= threshold) return { status: 'none', reason: 'not_below_threshold' };
  const charge = chargeAt(
    settings.method,
    balance.minor,
    (settings.amount as Money).minor,
    limitIn(limits.min, currency),
    limitIn(limits.max, currency),
  );
  const amount = money(charge);
  const payment = settings.paymentMethod?.status;
  if (payment === 'failed' || payment === 'missing') {
    return { status: 'blocked', reason: 'payment_method', amount };
  }
  if (settings.monthlyCap != null) {
    const remaining = settings.monthlyCap.minor - (charged ?? 0);
    if (charge > remaining) {
      return {
        status: 'blocked',
        reason: 'monthly_cap',
        amount,
        capRemaining: money(Math.max(0, remaining)),
      };
    }
  }
  return { status: 'charge', amount, balanceAfter: money(balance.minor + charge) };
}
