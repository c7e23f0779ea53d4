import type { CopyRef, PaymentMethodState, Tone } from '@tactful/core';
import { useId } from 'react';
import { Action } from '../balance/action';
import { useCopy } from '../copy/useCopy';
import { ToneIcon } from '../primitives/ToneIcon';

export interface PaymentIssueBannerProps {
  readonly paymentMethod: PaymentMethodState;
  /** A failed charge was an auto-recharge: say that nothing was added to the balance. */
  readonly autoRecharge?: boolean;
  readonly onUpdatePaymentMethod?: () => void;
  readonly updatePaymentMethodHref?: string;
  readonly className?: string;
}

/** The card's expiry as a date in the middle of that month, so every time zone names the same month. */
export function expiryDate(expiry: PaymentMethodState['expiry']): Date | undefined {
  if (!expiry || !Number.isInteger(expiry.month) || !Number.isInteger(expiry.year)) return undefined;
  if (expiry.month < 1 || expiry.month > 12) return undefined;
  return new Date(expiry.year, expiry.month - 1, 15);
}

interface PaymentIssueCopy {
  readonly tone: Tone;
  readonly title: CopyRef;
  /** Absent when the sentence would have gaps: an expiring card with no last digits or month given. */
  readonly body: CopyRef | null;
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
  const expiry = expiryDate(paymentMethod.expiry);
  const { last4 } = paymentMethod;
  return {
    tone: 'warning',
    title: { key: 'payment.expiring.title' },
    body:
      last4 && expiry ? { key: 'payment.expiring.body', values: { last4, expiry: expiry.getTime() } } : null,
  };
}

/**
 * A card about to expire, or a payment that did not go through, with the way to update the payment
 * method. Nothing when the method is fine. A labelled region that never takes focus.
 */
export function PaymentIssueBanner({
  paymentMethod,
  autoRecharge = false,
  onUpdatePaymentMethod,
  updatePaymentMethodHref,
  className,
}: PaymentIssueBannerProps) {
  const { tr } = useCopy();
  const titleId = useId();
  const copy = paymentIssueCopy(paymentMethod, autoRecharge);
  if (!copy) return null;
  return (
    <section
      aria-labelledby={titleId}
      className={`tactful-banner tactful-payment-issue${className ? ` ${className}` : ''}`}
      data-status={paymentMethod.status}
      data-tone={copy.tone}
    >
      <ToneIcon className="tactful-banner__icon" tone={copy.tone} />
      <div className="tactful-banner__content">
        <h2 className="tactful-banner__title" id={titleId}>
          {tr(copy.title)}
        </h2>
        {copy.body ? <p className="tactful-banner__body">{tr(copy.body)}</p> : null}
        <div className="tactful-banner__actions">
          <Action href={updatePaymentMethodHref} onClick={onUpdatePaymentMethod} variant="primary">
            {tr({ key: 'actions.update_payment' })}
          </Action>
        </div>
      </div>
    </section>
  );
}
