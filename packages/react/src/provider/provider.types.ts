import type {
  ActionId,
  CopyRef,
  IntentLabel,
  IntentRuntime,
  IntentSnapshot,
  KindOverride,
  Money,
  PageActionHandler,
  PageActions,
  Problem,
  ProblemKind,
  RetryPolicy,
  RunIntent,
  StorageAdapter,
} from '@tactful/core';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import type { Politeness } from '../live-region/announcer';

/** What the app's checkout is asked for when the user adds funds from the kit's dialog. */
export interface RechargeRequest {
  readonly amount: Money;
  /** The intent the dialog was opened for, when there is one. */
  readonly intent?: IntentSnapshot | undefined;
}

/** What the kit's recharge dialog offers. */
export interface RechargeSettings {
  /** ISO 4217 code of the amounts offered and typed; default: the balance's, else the amount needed's. */
  readonly currency?: string | undefined;
  /** Amounts offered as choices, besides one the user types. */
  readonly presets?: readonly Money[] | undefined;
  /** The least and most a typed amount may be. */
  readonly min?: Money | undefined;
  readonly max?: Money | undefined;
  /**
   * Where the dialog is portalled: an element inside the part of the page the app themes
   * (`data-theme`, `dir`), so the dialog matches it; `document.body` when absent.
   */
  readonly container?: HTMLElement | null | undefined;
}

/** A degraded way to run any intent refused with a given kind: "the basic model". */
export interface TactfulFallback {
  /** What the fallback is, for the copy. */
  readonly label: IntentLabel;
  /**
   * Runs the intent the degraded way. It gets the intent's own run context (its input is the
   * intent's input) and should resolve to what the intent's own `run` resolves to.
   */
  readonly run: RunIntent<unknown, unknown>;
}

/** The app's handler for an action the kit cannot take itself (sign in, upgrade the plan…). */
export type AppActionHandler = PageActionHandler;

export interface TactfulProviderProps {
  readonly children?: ReactNode | undefined;
  /**
   * The app's i18next instance. Tactful adds its `tactful` namespace when it is missing (copy shows once
   * loaded). For server rendering pass one made with `await createTactfulI18n(…)` so copy is there at once.
   */
  readonly i18n?: i18n | undefined;
  /** Without `i18n`: the language of an instance the kit creates (copy shows once loaded). Default `en`. */
  readonly lng?: string | undefined;
  /** Writing direction of the kit's components; default: the language's. */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** Where intents blocked on billing survive a reload (`localStorageAdapter()`); memory only without. */
  readonly storage?: StorageAdapter | undefined;
  /** An existing runtime; else one is created from `classify`, `retryPolicy` and `storage`. */
  readonly runtime?: IntentRuntime | undefined;
  /** Turns what a run throws into a Problem; default: `classify` from `@tactful/core`. */
  readonly classify?: ((error: unknown) => Problem) | undefined;
  readonly retryPolicy?: RetryPolicy | undefined;
  /** Runs the app's checkout from the kit's recharge dialog; resolve when the funds are in. */
  readonly onRecharge?: ((request: RechargeRequest) => Promise<unknown>) | undefined;
  /** The amounts the recharge dialog offers. */
  readonly recharge?: RechargeSettings | undefined;
  /** Without `onRecharge`: where "Add funds" leads. */
  readonly rechargeUrl?: string | undefined;
  /** Whether the current user can pay or change billing; if not, the way back is asking an admin. Default true. */
  readonly canManageBilling?: boolean | undefined;
  /** A degraded way to run intents refused with these kinds, unless an intent names its own. */
  readonly fallbacks?: Partial<Record<ProblemKind, TactfulFallback>> | undefined;
  /** The app's changes to tone, politeness, title and sentences per kind. */
  readonly overrides?: Partial<Record<ProblemKind, KindOverride>> | undefined;
  /** The balance the app shows elsewhere, so the kit's messages use the same figure. */
  readonly balance?: Money | undefined;
  /** The status page the outage banner links to. */
  readonly statusPageUrl?: string | undefined;
  /** The product's name for `{{product}}` in the copy of an instance the kit sets up. */
  readonly product?: string | undefined;
  /** A provider id (`openai`) to the name to show; without it, messages do not name the service. */
  readonly providerName?: ((id: string) => string | undefined) | undefined;
  /** The app's own actions: `sign_in`, `upgrade_plan`, `raise_limit`, `update_payment`, `ask_admin`… */
  readonly actions?: Partial<Record<ActionId, AppActionHandler>> | undefined;
}

/**
 * What `useTactful()` gives: the page's runtime and settings, the one way to announce, and who takes
 * each action (core's `pageActions`).
 */
export interface TactfulContextValue extends PageActions {
  readonly runtime: IntentRuntime;
  /** The copy is loaded: the kit's components render nothing before. */
  readonly ready: boolean;
  /** Copy as plain text through the provider's instance, once ready. */
  readonly translate: ((ref: CopyRef) => string) | undefined;
  readonly dir: 'ltr' | 'rtl' | undefined;
  /** The page's classifier: a Problem passes as it is, anything else through `classify`. */
  readonly classify: (error: unknown) => Problem;
  /** Says something through the page's persistent live regions. */
  readonly announce: (text: string, politeness?: Politeness) => void;
  readonly canManageBilling: boolean;
  readonly balance: Money | undefined;
  readonly overrides: TactfulProviderProps['overrides'];
  readonly fallbacks: TactfulProviderProps['fallbacks'];
  readonly providerName: TactfulProviderProps['providerName'];
  readonly statusPageUrl: string | undefined;
}
