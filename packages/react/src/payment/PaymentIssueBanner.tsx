import { type PaymentMethodState, paymentIssueCopy } from '@tactful/core';
import { Action } from '../balance/action';
import { Banner } from '../banner/Banner';
import { useCopy } from '../copy/useCopy';
import { useAnnouncement } from '../hooks/useAnnouncement';
import { useOptionalTactful } from '../provider/context';
import { withCopy } from '../provider/ready';

export interface PaymentIssueBannerProps {
  readonly paymentMethod: PaymentMethodState;
  /** A failed charge was an auto-recharge: say that nothing was added to the balance. */
  readonly autoRecharge?: boolean | undefined;
  readonly onUpdatePaymentMethod?: (() => void) | undefined;
  readonly updatePaymentMethodHref?: string | undefined;
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  readonly className?: string | undefined;
}

/**
 * A card about to expire, or a payment that did not go through, with the way to update the payment
 * method (the app's handler or link, else the provider's `update_payment` action). Nothing when the
 * method is fine. Never takes focus; announced politely through the provider when it appears.
 */
export const PaymentIssueBanner = withCopy(function PaymentIssueBanner({
  paymentMethod,
  autoRecharge = false,
  onUpdatePaymentMethod,
  updatePaymentMethodHref,
  headingLevel,
  className,
}: PaymentIssueBannerProps) {
  const { tr, direction } = useCopy();
  const tactful = useOptionalTactful();
  const copy = paymentIssueCopy(paymentMethod, autoRecharge);
  const title = copy ? tr(copy.title) : undefined;
  const body = copy ? tr(copy.body) : undefined;
  useAnnouncement(
    tactful?.announce,
    copy ? paymentMethod.status : undefined,
    body ? `${title} ${body}` : title,
    'polite',
  );
  if (!copy) return null;
  const own = !!(onUpdatePaymentMethod || updatePaymentMethodHref);
  const canProvide = !own && tactful?.canPerform('update_payment', 'payment_method_failed', undefined);
  return (
    <Banner
      actions={
        <Action
          href={updatePaymentMethodHref ?? (canProvide ? tactful?.hrefFor('update_payment') : undefined)}
          onClick={
            onUpdatePaymentMethod ??
            (canProvide
              ? () => tactful?.perform('update_payment', undefined, 'payment_method_failed')
              : undefined)
          }
          variant="primary"
        >
          {tr({ key: 'actions.update_payment' })}
        </Action>
      }
      className={className ? `tactful-payment-issue ${className}` : 'tactful-payment-issue'}
      dir={direction}
      headingLevel={headingLevel}
      lead={body}
      state={paymentMethod.status}
      title={title}
      tone={copy.tone}
      toneLabel={tr({ key: `tones.${copy.tone}` })}
    />
  );
});
