/** Money in integer minor units of an ISO 4217 currency (25 = $0.25), the same shape `@tactful/core` uses. */
export interface Money {
  readonly minor: number;
  readonly currency: string;
}

export const DEFAULT_CURRENCY = 'USD';

const CURRENCY_CODE = /^[A-Z]{3}$/;

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && CURRENCY_CODE.test(value);
}

export function money(minor: number, currency: string): Money {
  return { minor, currency };
}

/** Human text for logs only ("USD 12.50"); the app formats amounts itself, in the user's locale. */
export function describeMoney(amount: Money): string {
  const sign = amount.minor < 0 ? '-' : '';
  const abs = Math.abs(amount.minor);
  return `${amount.currency} ${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
