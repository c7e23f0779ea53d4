import type { ActionId } from '../copy/keys';
import type { IntentRuntime, IntentSnapshot } from '../intent/intent.types';
import type { ProblemKind } from '../problem/kinds';

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

const isRuntimeAction = (action: ActionId) => RUNTIME_ACTIONS.includes(action);

/** The kit's own dialog can ask an admin for funds; other admin requests are the app's to wire. */
const dialogAsksAdmin = (action: ActionId, kind: ProblemKind | undefined) =>
  action === 'ask_admin' && kind === 'insufficient_funds';

/** The app's handler for an action the kit cannot take itself (sign in, upgrade the plan…). */
export type PageActionHandler = (intent: IntentSnapshot | undefined) => void;

/** How the app lets its users act on a problem, as an adapter's provider was told. */
export interface PageActionSettings {
  /** The app's own actions: `sign_in`, `upgrade_plan`, `raise_limit`, `update_payment`, `ask_admin`… */
  readonly actions?: Partial<Record<ActionId, PageActionHandler>> | undefined;
  /**
   * The app runs its checkout from the kit's recharge dialog (React's `onRecharge`), so "Add funds"
   * opens the dialog rather than following `rechargeUrl`.
   */
  readonly hasCheckout?: boolean | undefined;
  /** Without a checkout: where "Add funds" leads. */
  readonly rechargeUrl?: string | undefined;
  /** Where "Check status" leads. */
  readonly statusPageUrl?: string | undefined;
}

export interface PageActions {
  /** Whether this page can take an action: the runtime's own for an intent, or one the app wired up. */
  readonly canPerform: (
    action: ActionId,
    kind: ProblemKind | undefined,
    intentId: string | undefined,
  ) => boolean;
  /** Takes an action for an intent (or for a message without one). */
  readonly perform: (action: ActionId, intentId: string | undefined, kind?: ProblemKind) => void;
  /** Where an action leads when it is a link (add funds with `rechargeUrl`, check status). */
  readonly hrefFor: (action: ActionId) => string | undefined;
}

/**
 * Who takes each action on this page: the runtime for an intent's own actions, the kit's recharge
 * dialog for adding funds (or asking an admin for them; the adapter opens it in `openRecharge`), a
 * link, or the app's handler. An action nobody takes is not offered, so no button ever does nothing.
 */
export function pageActions(
  settings: PageActionSettings,
  runtime: IntentRuntime,
  openRecharge: (intentId: string | undefined, admin: boolean) => void,
): PageActions {
  const { actions = {}, hasCheckout, rechargeUrl, statusPageUrl } = settings;
  const hrefFor = (action: ActionId) =>
    actions[action]
      ? undefined
      : action === 'add_funds' && !hasCheckout
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
          (action === 'add_funds' && !!hasCheckout) ||
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
      else if (action === 'add_funds' && hasCheckout) openRecharge(intentId, false);
      else if (dialogAsksAdmin(action, problemKind)) openRecharge(intentId, true);
    },
  };
}
