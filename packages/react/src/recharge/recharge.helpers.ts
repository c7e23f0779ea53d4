import {
  type CopyRef,
  type IntentLabel,
  type Money,
  type MoneyInputResult,
  type Problem,
  toMajor,
} from '@tactful/core';

/**
 * A copy reference whose money values go through the copy's `{{name, currency}}` formatter, as the
 * view model's amounts do, so the dialog shows the same figure in the same format as the rest of the app.
 */
export function moneyRef(
  key: string,
  amounts: Readonly<Record<string, Money>>,
  intent?: IntentLabel,
): CopyRef {
  const values: Record<string, number | IntentLabel> = intent === undefined ? {} : { intent };
  const formatParams: Record<string, { currency: string }> = {};
  for (const [name, amount] of Object.entries(amounts)) {
    values[name] = toMajor(amount);
    formatParams[name] = { currency: amount.currency };
  }
  return { key, values, formatParams };
}

/** The key when there is an intent to name, else the general one (`recharge.body` / `recharge.body_intent`). */
export const withIntent = (key: string, intent: IntentLabel | undefined): CopyRef =>
  intent === undefined ? { key } : { key: `${key}_intent`, values: { intent } };

/**
 * The preset to start on: the smallest that covers what the request still lacks (what it needs less
 * what the account holds), else the largest; the first when nothing is known.
 */
export function suggestPreset(
  presets: readonly Money[],
  balance: Money | undefined,
  needed: Money | undefined,
): number | undefined {
  if (presets.length === 0) return undefined;
  const currency = presets[0]?.currency;
  if (!needed || needed.currency !== currency) return 0;
  const lacking = needed.minor - (balance && balance.currency === currency ? Math.max(balance.minor, 0) : 0);
  let best: number | undefined;
  let largest = 0;
  presets.forEach((preset, index) => {
    if (preset.minor >= lacking && (best === undefined || preset.minor < (presets[best]?.minor ?? 0)))
      best = index;
    if (preset.minor > (presets[largest]?.minor ?? 0)) largest = index;
  });
  return best ?? largest;
}

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
    if (result.reason === 'too_precise') return tooPrecise('recharge.validation.too_precise', code);
    if (result.reason === 'too_large' && aboveMax) return aboveMax;
    return { key: 'recharge.validation.not_a_number' };
  }
  if (result.money.minor < floor.minor) return belowMin;
  if (ceiling && result.money.minor > ceiling.minor) return aboveMax;
  return undefined;
}

/**
 * "Enter the amount to the nearest $0.01": an amount typed with more decimals than the currency counts,
 * named by its smallest unit (one cent, one yen) so the figure shows in the reader's own format.
 */
export const tooPrecise = (key: string, currency: string): CopyRef =>
  moneyRef(key, { step: { minor: 1, currency: currency.toUpperCase() } });

/** The hint under the custom amount: the range, the least or the most, as far as the app set limits. */
export function rechargeHint({ min, max }: RechargeLimits): CopyRef | undefined {
  if (min && max) return moneyRef('recharge.custom_hint', { min, max });
  if (min) return moneyRef('recharge.custom_hint_min', { min });
  if (max) return moneyRef('recharge.custom_hint_max', { max });
  return undefined;
}

/**
 * What a failed recharge tells the user: a declined card gets the payment copy, anything else its kind's
 * title and cause, and that the request is still saved. The body is whole sentences, in order.
 */
export function rechargeFailureCopy(problem: Problem): {
  readonly title: CopyRef;
  readonly body: readonly CopyRef[];
  readonly retry: CopyRef;
} {
  if (problem.kind === 'payment_method_failed') {
    return {
      title: { key: 'recharge.declined.title' },
      body: [{ key: 'recharge.declined.body' }],
      retry: { key: 'recharge.declined.actions.retry' },
    };
  }
  return {
    title: { key: `kinds.${problem.kind}.title` },
    body: [{ key: `kinds.${problem.kind}.cause` }, { key: 'states.failed.next' }],
    retry: { key: 'actions.try_again' },
  };
}

/**
 * The message a user who cannot pay sends to whoever can: what they were doing when there is an intent
 * (`_intent`), and what the request needs when it is known (`_needed`), so the admin knows how much to add.
 */
export function adminMessageRef(intent: IntentLabel | undefined, needed: Money | undefined): CopyRef {
  const plain = withIntent('recharge.admin.message', intent);
  return needed ? moneyRef(`${plain.key}_needed`, { needed }, intent) : plain;
}
