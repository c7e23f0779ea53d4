import { moneyRef, tooPreciseRef } from '../copy/money-ref';
import type { Money } from '../money/money';
import type { MoneyInputResult } from '../money/parse-money-input';
import type { CopyRef } from '../view-model/view-model.types';

export interface RechargeLimits {
  /** The smallest amount that may be added; one minor unit (more than nothing) when absent. */
  readonly min?: Money | undefined;
  readonly max?: Money | undefined;
}

/** What is wrong with a custom amount, as the `recharge.validation.*` copy; undefined when it can be added. */
export function rechargeAmountError(
  result: MoneyInputResult,
  currency: string,
  { min, max }: RechargeLimits,
): CopyRef | undefined {
  const code = currency.toUpperCase();
  const floor = min?.currency === code ? min : { minor: 1, currency: code };
  const ceiling = max?.currency === code ? max : undefined;
  const belowMin = moneyRef('recharge.validation.below_min', { min: floor });
  const aboveMax = ceiling && moneyRef('recharge.validation.above_max', { max: ceiling });
  if (!result.ok) {
    if (result.reason === 'empty') return { key: 'recharge.validation.required' };
    if (result.reason === 'negative') return belowMin;
    if (result.reason === 'too_precise') return tooPreciseRef('recharge.validation.too_precise', code);
    if (result.reason === 'too_large' && aboveMax) return aboveMax;
    return { key: 'recharge.validation.not_a_number' };
  }
  if (result.money.minor < floor.minor) return belowMin;
  if (ceiling && result.money.minor > ceiling.minor) return aboveMax;
  return undefined;
}

/** The hint under the custom amount: the range, the least or the most, as far as the app set limits. */
export function rechargeHint({ min, max }: RechargeLimits): CopyRef | undefined {
  if (min && max) return moneyRef('recharge.custom_hint', { min, max });
  if (min) return moneyRef('recharge.custom_hint_min', { min });
  if (max) return moneyRef('recharge.custom_hint_max', { max });
  return undefined;
}
