import { type IntentRuntime, isMoney, type Money } from '@tactful/core';
import { RechargeDialog } from '../recharge/RechargeDialog';
import type { RechargeRequest, RechargeSettings } from './provider.types';

/** The intent the recharge dialog was opened for, and whether it asks an admin rather than paying. */
export interface RechargeTarget {
  readonly intentId: string | undefined;
  readonly admin: boolean;
}

export interface RechargeHostProps {
  readonly target: RechargeTarget;
  readonly runtime: IntentRuntime;
  readonly settings: RechargeSettings | undefined;
  readonly balance: Money | undefined;
  readonly onRecharge: ((request: RechargeRequest) => Promise<unknown>) | undefined;
  readonly onClose: () => void;
}

const money = (amount: unknown) => (isMoney(amount as Money) ? (amount as Money) : undefined);

/**
 * The provider's one recharge dialog, for the intent it was opened for. While the app's checkout runs
 * the intent is recovering; paying replays it and every other one waiting for funds, once each; a
 * checkout that fails, or closing without paying, leaves it waiting for a person (saved either way).
 */
export function RechargeHost({ target, runtime, settings, balance, onRecharge, onClose }: RechargeHostProps) {
  const { intentId, admin } = target;
  const intent = intentId === undefined ? undefined : runtime.get(intentId);
  const amounts = intent?.state.problem?.amounts;
  const needed = money(amounts?.needed);
  const currency =
    settings?.currency ?? balance?.currency ?? needed?.currency ?? money(amounts?.balance)?.currency;
  const each = (call: (id: string) => void) => intentId !== undefined && call(intentId);

  return (
    <RechargeDialog
      canManageBilling={!admin}
      container={settings?.container}
      currency={currency ?? 'USD'}
      intent={intent?.label}
      max={settings?.max}
      min={settings?.min}
      needed={needed}
      onOpenChange={(open) => {
        if (open) return;
        onClose();
        // The dialog gives focus back to the button that opened it; when paying replaced that button,
        // focus goes to the banner it was in rather than being lost. After the dialog's own attempt.
        setTimeout(() =>
          setTimeout(() => {
            const active = document.activeElement;
            if (active && active !== document.body) return;
            document.querySelector<HTMLElement>(`[data-intent="${CSS.escape(intentId ?? '')}"]`)?.focus();
          }),
        );
      }}
      onRecharge={
        onRecharge &&
        (async (amount) => {
          each(runtime.startRecovery);
          try {
            return await onRecharge({ amount, intent });
          } catch (error) {
            each(runtime.recoveryFailed);
            throw error;
          }
        })
      }
      onRecharged={() =>
        runtime.recovered(
          (other) => other.id === intentId || other.state.problem?.kind === 'insufficient_funds',
        )
      }
      open
      presets={settings?.presets}
    />
  );
}
