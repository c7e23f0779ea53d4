/** Money in integer minor units of an ISO 4217 currency, so sums and comparisons never drift. */
export interface Money {
  readonly minor: number;
  readonly currency: string;
}

/** A provider-stated amount that is not money: credits, tokens, characters. */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
}

export type Amount = Money | Quantity;

export function isMoney(amount: Amount | undefined): amount is Money {
  return amount !== undefined && 'minor' in amount && 'currency' in amount;
}

const digitsCache = new Map<string, number>();

/** Decimal places of a currency's minor unit (USD 2, JPY 0, KWD 3), from Intl; 2 when Intl does not know it. */
export function minorDigits(currency: string): number {
  const code = currency.toUpperCase();
  const cached = digitsCache.get(code);
  if (cached !== undefined) return cached;
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
  } catch {
    // An unknown code keeps the common default rather than failing.
  }
  digitsCache.set(code, digits);
  return digits;
}

/** From major units (12.5 dollars) to Money (1250 cents), rounding half away from zero. */
export function money(major: number, currency: string): Money {
  const factor = 10 ** minorDigits(currency);
  const scaled = Math.abs(major) * factor;
  const minor = Math.sign(major) * Math.round(scaled);
  return { minor: Object.is(minor, -0) ? 0 : minor, currency: currency.toUpperCase() };
}

/** Major units for display and for i18next's currency formatter (1250 cents → 12.5). */
export function toMajor(amount: Money): number {
  return amount.minor / 10 ** minorDigits(amount.currency);
}

/** Localized currency text through Intl, for places outside i18next (attributes, logs). */
export function formatMoney(amount: Money, locale: string | readonly string[] = 'en'): string {
  try {
    return new Intl.NumberFormat(locale as string | string[], {
      style: 'currency',
      currency: amount.currency,
    }).format(toMajor(amount));
  } catch {
    return `${toMajor(amount)} ${amount.currency}`;
  }
}
