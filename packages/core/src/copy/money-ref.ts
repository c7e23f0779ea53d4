import { type Money, toMajor } from '../money/money';

/**
 * A copy reference whose values are money: each amount becomes a major-unit number under its name,
 * with its currency in `formatParams`, as i18next's `{{name, currency}}` formatter expects.
 */
export function moneyRef<K extends string>(key: K, amounts: Readonly<Record<string, Money>>) {
  const values: Record<string, number> = {};
  const formatParams: Record<string, { currency: string }> = {};
  for (const [name, amount] of Object.entries(amounts)) {
    values[name] = toMajor(amount);
    formatParams[name] = { currency: amount.currency };
  }
  return { key, values, formatParams };
}

/**
 * "Enter the amount to the nearest $0.01": an amount typed with more decimals than the currency counts,
 * named by its smallest unit (one cent, one yen) so the figure shows in the reader's own format.
 */
export const tooPreciseRef = <K extends string>(key: K, currency: string) =>
  moneyRef(key, { step: { minor: 1, currency: currency.toUpperCase() } });
