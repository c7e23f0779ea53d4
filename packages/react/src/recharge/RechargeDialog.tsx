import * as Dialog from '@radix-ui/react-dialog';
import { classify, copyWithIntent, type IntentLabel, type Money, moneyRef, safeLink } from '@tactful/core';
import { useRef } from 'react';
import { useCopy } from '../copy/useCopy';
import type { Politeness } from '../live-region/announcer';
import { useOptionalTactful } from '../provider/context';
import { AdminRequest } from './AdminRequest';
import { RechargeForm } from './RechargeForm';

export interface RechargeDialogProps {
  readonly open: boolean;
  /** Escape, "Not now" and a finished recharge close it; the intent stays saved whichever it is. */
  readonly onOpenChange: (open: boolean) => void;
  /** ISO 4217 code of the amounts offered and typed. */
  readonly currency: string;
  /** What the user was doing, as the copy's `{{intent}}`: "summarizing 40 contracts". */
  readonly intent?: IntentLabel | undefined;
  /** What the account holds; the provider's `balance` when absent. */
  readonly balance?: Money | undefined;
  /** What the refused request needs. */
  readonly needed?: Money | undefined;
  /** Amounts offered as choices, besides an amount of the user's own. */
  readonly presets?: readonly Money[] | undefined;
  /** The least and most a custom amount may be; more than nothing when `min` is absent. */
  readonly min?: Money | undefined;
  readonly max?: Money | undefined;
  /** Runs the app's checkout; resolve once the funds are in, reject (with anything) when they are not. */
  readonly onRecharge?: ((amount: Money) => Promise<unknown>) | undefined;
  /** Without `onRecharge`: the app's checkout page, as a link. */
  readonly rechargeUrl?: string | undefined;
  /** False turns the dialog into asking an admin. The provider's setting when absent, else true. */
  readonly canManageBilling?: boolean | undefined;
  /** After a recharge went through and the dialog closed: resume the intent here. */
  readonly onRecharged?: ((amount: Money) => void) | undefined;
  /** Says progress and results through the page's live regions; the provider's when absent. */
  readonly announce?: ((text: string, politeness?: Politeness) => void) | undefined;
  /** Where the dialog is portalled: an element inside the app's theme (`data-theme`); `document.body` when absent. */
  readonly container?: HTMLElement | null | undefined;
  readonly className?: string | undefined;
}

const NO_PRESETS: readonly Money[] = [];

/**
 * "Add funds to continue", as an `alertdialog`: what the user was doing, the balance and what the request
 * needs, preset and custom amounts, and the checkout run — or, for a user who cannot pay, a message to
 * send an admin. Opens on "Not now" (the least destructive choice) and gives focus back to where it was,
 * also when opened from code rather than a trigger.
 */
export function RechargeDialog(props: RechargeDialogProps) {
  const { open, onOpenChange, currency, intent, needed, className } = props;
  const page = useOptionalTactful();
  const copy = useCopy();
  const { tr } = copy;
  const cameFrom = useRef<Element | null>(null);
  const notNowRef = useRef<HTMLButtonElement>(null);
  if (page?.ready === false) return null;

  const balance = props.balance ?? page?.balance;
  const admin = !(props.canManageBilling ?? page?.canManageBilling ?? true);
  const announce = props.announce ?? page?.announce;
  const say = (text: string, politeness: Politeness) => announce?.(text, politeness);
  const close = () => onOpenChange(false);
  const presets = (props.presets ?? NO_PRESETS).filter(
    (preset) => preset.currency === currency.toUpperCase(),
  );
  const link = props.onRecharge ? undefined : safeLink(props.rechargeUrl);
  const notNow = (
    <button className="tactful-button" data-variant="secondary" onClick={close} ref={notNowRef} type="button">
      {tr({ key: 'recharge.actions.not_now' })}
    </button>
  );

  return (
    <Dialog.Root onOpenChange={onOpenChange} open={open}>
      <Dialog.Portal container={props.container}>
        <Dialog.Overlay className="tactful-recharge__overlay" />
        <Dialog.Content
          className={className ? `tactful-recharge ${className}` : 'tactful-recharge'}
          data-mode={admin ? 'admin' : 'pay'}
          dir={page?.dir ?? copy.direction}
          onCloseAutoFocus={(event) => {
            // Radix returns focus to its Trigger only; this dialog is usually opened from code.
            event.preventDefault();
            const target = cameFrom.current;
            if (target instanceof HTMLElement && target.isConnected) target.focus();
          }}
          onOpenAutoFocus={(event) => {
            cameFrom.current = document.activeElement;
            event.preventDefault();
            notNowRef.current?.focus();
          }}
          // A decision is asked for: a click beside the dialog does not dismiss it (Escape and "Not now" do).
          onPointerDownOutside={(event) => event.preventDefault()}
          role="alertdialog"
        >
          <Dialog.Title className="tactful-recharge__title">
            {tr({ key: admin ? 'recharge.admin.title' : 'recharge.title' })}
          </Dialog.Title>
          <Dialog.Description asChild>
            <div className="tactful-recharge__body">
              <p>{tr(admin ? { key: 'recharge.admin.body' } : copyWithIntent('recharge.body', intent))}</p>
              {balance && !admin ? <p>{tr(moneyRef('recharge.current_balance', { balance }))}</p> : null}
              {needed ? <p>{tr(moneyRef('recharge.amount_needed', { needed }))}</p> : null}
            </div>
          </Dialog.Description>
          {admin ? (
            <AdminRequest copy={copy} intent={intent} needed={needed} notNow={notNow} say={say} />
          ) : props.onRecharge ? (
            <RechargeForm
              balance={balance}
              classify={page?.classify ?? classify}
              close={close}
              copy={copy}
              currency={currency}
              intent={intent}
              max={props.max}
              min={props.min}
              needed={needed}
              notNow={notNow}
              onRecharge={props.onRecharge}
              onRecharged={props.onRecharged}
              presets={presets}
              say={say}
            />
          ) : (
            <div className="tactful-recharge__actions">
              {notNow}
              {link ? (
                <a className="tactful-button" data-variant="primary" href={link.href} rel={link.rel}>
                  {tr({ key: 'recharge.actions.submit' })}
                </a>
              ) : null}
            </div>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
