/**
 * Validation messages, each naming what to change (all in the `tactful` namespace). The copy's
 * `autoRecharge.validation.too_precise` is not one of them: "12.345 dollars" is a fact about typed text,
 * seen only where text is read (the React field). Here amounts arrive as Money, and a fractional `minor`
 * may as well be a caller's float arithmetic (0.29 × 100) as a user's extra digit, so it stays `not_a_number`.
 */
export const AUTO_RECHARGE_VALIDATION_KEYS = [
  'autoRecharge.validation.threshold_required',
  'autoRecharge.validation.threshold_negative',
  'autoRecharge.validation.amount_required',
  'autoRecharge.validation.amount_not_positive',
  'autoRecharge.validation.amount_below_min',
  'autoRecharge.validation.amount_above_max',
  'autoRecharge.validation.target_not_above_threshold',
  'autoRecharge.validation.cap_not_positive',
  'autoRecharge.validation.cap_below_amount',
  'autoRecharge.validation.not_a_number',
] as const;

/** The summary sentence's parts. */
export const AUTO_RECHARGE_SUMMARY_KEYS = [
  'autoRecharge.summary_target',
  'autoRecharge.summary_fixed',
  'autoRecharge.summary_cap',
  'autoRecharge.summary_off',
] as const;

export type AutoRechargeValidationKey = (typeof AUTO_RECHARGE_VALIDATION_KEYS)[number];
export type AutoRechargeSummaryKey = (typeof AUTO_RECHARGE_SUMMARY_KEYS)[number];

/**
 * A message to render with i18next: `t(key, { ...values, formatParams })`. Money values are
 * major-unit numbers with their currency in `formatParams` (`{{min, currency}}`).
 */
export interface AutoRechargeCopyRef<K extends string = AutoRechargeValidationKey | AutoRechargeSummaryKey> {
  readonly key: K;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly formatParams?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
