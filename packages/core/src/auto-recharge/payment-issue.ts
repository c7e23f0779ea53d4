import type { Tone } from '../copy/keys';
import type { CopyRef } from '../view-model/view-model.types';
import type { PaymentMethodState } from './auto-recharge.types';

/** The card's expiry as a date in the middle of that month, so every time zone names the same month. */
export function cardExpiryDate(expiry: PaymentMethodState['expiry']): Date | undefined {
  if (!expiry || !Number.isInteger(expiry.month) || !Number.isInteger(expiry.year)) return undefined;
  if (expiry.month < 1 || expiry.month > 12) return undefined;
  return new Date(expiry.year, expiry.month - 1, 15);
}

/** What to say about a payment method: a tone, a title and a sentence. */
export interface PaymentIssueCopy {
  readonly tone: Tone;
  readonly title: CopyRef;
  readonly body: CopyRef;
}

/** What to say about a payment method, or null when there is nothing to warn about. */
export function paymentIssueCopy(
  paymentMethod: PaymentMethodState,
  autoRecharge = false,
): PaymentIssueCopy | null {
  if (paymentMethod.status === 'failed') {
    return {
      tone: 'critical',
      title: { key: 'payment.failed.title' },
      body: { key: autoRecharge ? 'payment.failed.body_auto_recharge' : 'payment.failed.body' },
    };
  }
  if (paymentMethod.status !== 'expiring') return null;
  const expiry = cardExpiryDate(paymentMethod.expiry);
  const { last4 } = paymentMethod;
  return {
    tone: 'warning',
    title: { key: 'payment.expiring.title' },
    // Without the last digits and a real month, the card is named by what it is rather than with gaps.
    body:
      last4 && expiry
        ? { key: 'payment.expiring.body', values: { last4, expiry: expiry.getTime() } }
        : { key: 'payment.expiring.body_unnamed' },
  };
}
