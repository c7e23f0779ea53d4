import type { Money } from '../money/money';

/** `target`: recharge back up to a target balance. `fixed`: add a fixed amount. */
export type AutoRechargeMethod = 'target' | 'fixed';

/** `expiring` still charges; `failed` and `missing` cannot. */
export type PaymentMethodStatus = 'ok' | 'expiring' | 'failed' | 'missing';

export interface PaymentMethodState {
  readonly status: PaymentMethodStatus;
  /** Last four digits of the card, for "ending in 4242". */
  readonly last4?: string;
  /** Card expiry; month 1–12, four-digit year. */
  readonly expiry?: { readonly month: number; readonly year: number };
}

/**
 * Auto-recharge settings as a form holds them: an amount field that is empty is `null`, one that
 * could not be read as a number is a Money whose `minor` is NaN. All money is in the limits' currency.
 */
export interface AutoRechargeSettings {
  readonly enabled: boolean;
  /** Recharge when the balance falls below this (strictly less). */
  readonly threshold: Money | null;
  readonly method: AutoRechargeMethod;
  /** The target balance for `target`, the amount added for `fixed`. */
  readonly amount: Money | null;
  /** At most this much recharged per calendar month; null or absent for no cap. */
  readonly monthlyCap?: Money | null;
  readonly paymentMethod?: PaymentMethodState;
}

/** The app's bounds on a single recharge charge. */
export interface AutoRechargeLimits {
  readonly currency: string;
  /** The smallest charge; a `target` top-up that would be smaller is raised to it. */
  readonly min?: Money;
  /** The largest charge; for `target` the target itself may not exceed it (the charge when the balance is empty). */
  readonly max?: Money;
}

/** The fields validation speaks about. */
export type AutoRechargeField = 'threshold' | 'amount' | 'monthlyCap';
