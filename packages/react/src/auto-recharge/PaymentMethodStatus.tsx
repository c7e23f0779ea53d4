import { type CopyRef, type PaymentMethodState, paymentIssueCopy, type Tone } from '@tactful/core';
import { Action } from '../balance/action';
import { useCopy } from '../copy/useCopy';
import { ToneIcon } from '../primitives/ToneIcon';

export interface PaymentMethodStatusProps {
  readonly paymentMethod: PaymentMethodState;
  readonly onUpdate?: (() => void) | undefined;
  readonly updateHref?: string | undefined;
}

// Nothing on file: auto-recharge has nothing to charge, so it is said with the update action.
const MISSING = { tone: 'critical', title: { key: 'payment.missing.label' } } as const;

/** The payment method's state inside the settings form: icon and words, and the way to update it. */
export function PaymentMethodStatus({ paymentMethod, onUpdate, updateHref }: PaymentMethodStatusProps) {
  const { tr } = useCopy();
  const status = paymentMethod.status;
  const issue: { tone: Tone; title: CopyRef; body?: CopyRef } | null =
    status === 'missing' ? MISSING : paymentIssueCopy(paymentMethod, true);
  const tone = issue?.tone ?? 'success';
  return (
    <div className="tactful-auto-recharge__payment" data-status={status} data-tone={tone}>
      <p className="tactful-auto-recharge__payment-title">
        <ToneIcon className="tactful-auto-recharge__payment-icon" tone={tone} />
        {tr(issue ? issue.title : { key: 'payment.ok.label' })}
      </p>
      {issue?.body ? <p className="tactful-auto-recharge__payment-body">{tr(issue.body)}</p> : null}
      {issue ? (
        <Action href={updateHref} onClick={onUpdate} variant="secondary">
          {tr({ key: 'actions.update_payment' })}
        </Action>
      ) : null}
    </div>
  );
}
