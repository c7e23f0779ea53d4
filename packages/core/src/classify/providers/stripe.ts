import type { ProviderRules } from './provider-rules';

/** Stripe's type for card errors, in the body and as the SDK's class name. */
const CARD_ERROR = ['card_error', 'StripeCardError'];

/**
 * Stripe's money words are about the PAYER's card: a `card_error` with decline code
 * `insufficient_funds` or `authentication_required` (3-D Secure) is a payment method problem, never
 * the caller's balance or API key. `lock_timeout` is contention on one object, answered as a 429.
 */
export const stripe: ProviderRules = {
  id: 'stripe',
  hints: ['stripe.com'],
  headers: ['stripe-version'],
  codes: CARD_ERROR,
  classify: ({ codes }) =>
    codes.some((code) => CARD_ERROR.includes(code))
      ? {
          kind: 'payment_method_failed',
          code: codes.find((code) => !CARD_ERROR.includes(code)) ?? 'card_error',
        }
      : codes.includes('lock_timeout')
        ? 'rate_limited'
        : undefined,
};
