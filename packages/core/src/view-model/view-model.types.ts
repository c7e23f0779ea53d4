import type { ActionId, Tone } from '../copy/keys';
import type { IntentStatus } from '../intent/intent.types';
import type { Money } from '../money/money';
import type { ProblemKind } from '../problem/kinds';

/** A value inside a message: plain text, a number (counts, major-unit money), or another message to resolve first. */
export type CopyValue = string | number | CopyRef;

/**
 * One sentence or label, as a key of the `tactful` namespace and the values it needs. The i18n layer
 * resolves nested references first, so an intent label given as the app's own key is translated too.
 */
export interface CopyRef {
  readonly key: string;
  readonly values?: Readonly<Record<string, CopyValue>>;
  /** Per-value options for i18next formatters, e.g. `{ balance: { currency: 'USD' } }`. */
  readonly formatParams?: Readonly<Record<string, Readonly<Record<string, string | number | boolean>>>>;
}

/** Who must hear it how soon: `assertive` when a person has to act, `polite` otherwise. */
export type Politeness = 'assertive' | 'polite';

export interface IntentAction {
  readonly id: ActionId;
  readonly label: CopyRef;
  readonly primary: boolean;
}

export interface IntentCountdown {
  /** Epoch ms of the automatic retry. */
  readonly retryAt: number;
  /** The whole wait, for a progress bar. */
  readonly totalMs: number;
  /** Whole seconds left, rounded up; 0 once the retry time is reached. */
  readonly secondsLeft: number;
  /** The sentence shown: "Trying again in 5 seconds." */
  readonly label: CopyRef;
  /** The timer's accessible name. */
  readonly a11yLabel: CopyRef;
}

/** Everything a component needs to render one intent, already decided: no logic left for the UI layer. */
export interface IntentViewModel {
  readonly id: string;
  readonly state: IntentStatus;
  readonly kind?: ProblemKind;
  readonly tone: Tone;
  /** The tone as words (`tones.<tone>`), so it is never carried by colour alone. */
  readonly toneLabel: CopyRef;
  readonly politeness: Politeness;
  readonly title: CopyRef;
  readonly body: readonly CopyRef[];
  /** In order; exactly one is primary, except for idle, succeeded and discarded, which have none. */
  readonly actions: readonly IntentAction[];
  readonly countdown?: IntentCountdown;
  /** What the live region says once when this view appears; stable while the countdown ticks. */
  readonly announcement: CopyRef;
}

/** An app's changes for one kind. Keys given here are the app's own and are resolved like any other. */
export interface KindOverride {
  readonly tone?: Tone;
  readonly politeness?: Politeness;
  /** The primary action when a person must act (blocked) or change the request (failed). */
  readonly fix?: ActionId;
  readonly title?: CopyRef;
  /** Replaces the "what happened" sentence. */
  readonly cause?: CopyRef;
  /** Replaces the "what to do next" sentence. */
  readonly next?: CopyRef;
}

export interface ViewModelContext {
  /** Epoch ms, for the countdown. */
  readonly now: number;
  /** Whether the current user can pay or change billing; if not, the way back is asking an admin. */
  readonly canManageBilling: boolean;
  /** The balance the app shows elsewhere. It wins over the provider's figure so the two never disagree. */
  readonly balance?: Money | undefined;
  /** A provider id (`openai`) to its display name; without one, messages do not name the service. */
  readonly providerName?: ((id: string) => string | undefined) | undefined;
  readonly overrides?: Partial<Record<ProblemKind, KindOverride>> | undefined;
}
