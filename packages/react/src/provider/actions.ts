import type { ActionId, IntentRuntime, ProblemKind } from '@tactful/core';
import type { TactfulProviderProps } from './provider.types';

/** Actions the runtime takes itself for an intent it holds. */
const RUNTIME_ACTIONS: readonly ActionId[] = [
  'retry_now',
  'try_again',
  'resume',
  'use_fallback',
  'cancel',
  'discard',
  'dismiss',
];

export const isRuntimeAction = (action: ActionId) => RUNTIME_ACTIONS.includes(action);

/** The kit's own dialog can ask an admin for funds; other admin requests are the app's to wire. */
export const dialogAsksAdmin = (action: ActionId, kind: ProblemKind | undefined) =>
  action === 'ask_admin' && kind === 'insufficient_funds';

type ActionSettings = {
  readonly [Key in 'actions' | 'onRecharge' | 'rechargeUrl' | 'statusPageUrl']?:
    | TactfulProviderProps[Key]
    | undefined;
};

export interface PageActions {
  readonly canPerform: (
    action: ActionId,
    kind: ProblemKind | undefined,
    intentId: string | undefined,
  ) => boolean;
  readonly perform: (action: ActionId, intentId: string | undefined, kind?: ProblemKind) => void;
  readonly hrefFor: (action: ActionId) => string | undefined;
}

/**
 * Who takes each action on this page: the runtime for an intent's own actions, the kit's recharge
 * dialog for adding funds (or asking an admin for them), a link, or the app's handler. An action
 * nobody takes is not offered, so no button ever does nothing.
 */
export function pageActions(
  props: ActionSettings,
  runtime: IntentRuntime,
  openRecharge: (intentId: string | undefined, admin: boolean) => void,
): PageActions {
  const { actions = {}, onRecharge, rechargeUrl, statusPageUrl } = props;
  const hrefFor = (action: ActionId) =>
    actions[action]
      ? undefined
      : action === 'add_funds' && !onRecharge
        ? rechargeUrl
        : action === 'check_status'
          ? statusPageUrl
          : undefined;
  return {
    hrefFor,
    canPerform: (action, kind, intentId) =>
      isRuntimeAction(action)
        ? intentId !== undefined
        : !!actions[action] ||
          !!hrefFor(action) ||
          (action === 'add_funds' && !!onRecharge) ||
          dialogAsksAdmin(action, kind),
    perform(action, intentId, kind) {
      if (intentId !== undefined && isRuntimeAction(action)) {
        runtime.act(intentId, action);
        return;
      }
      const intent = intentId === undefined ? undefined : runtime.get(intentId);
      const handler = actions[action];
      const problemKind = kind ?? intent?.state.problem?.kind;
      if (handler) handler(intent);
      else if (action === 'add_funds' && onRecharge) openRecharge(intentId, false);
      else if (dialogAsksAdmin(action, problemKind)) openRecharge(intentId, true);
    },
  };
}
