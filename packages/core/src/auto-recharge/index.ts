export type {
  AutoRechargeField,
  AutoRechargeLimits,
  AutoRechargeMethod,
  AutoRechargeSettings,
  PaymentMethodState,
  PaymentMethodStatus,
} from './auto-recharge.types';
export type { AutoRechargeCopyRef, AutoRechargeSummaryKey, AutoRechargeValidationKey } from './keys';
export { AUTO_RECHARGE_SUMMARY_KEYS, AUTO_RECHARGE_VALIDATION_KEYS } from './keys';
export { cardExpiryDate, type PaymentIssueCopy, paymentIssueCopy } from './payment-issue';
export type { AutoRechargeContext, AutoRechargePlan } from './plan';
export { planAutoRecharge } from './plan';
export { autoRechargeSummary } from './summary';
export type { AutoRechargeIssue, AutoRechargeValidation } from './validate';
export { validateAutoRecharge } from './validate';
