import type { ActionId } from '../copy/keys';
import type { ProblemKind } from '../problem/kinds';
import type { Problem } from '../problem/problem';
import type { RetryPolicy } from '../retry/retry';
import type { IntentStore } from '../storage/intent-store';
import type { CopyRef } from '../view-model/view-model.types';

/** What the user was doing, for the copy: the app's own translation key with values, or text it already translated. */
export type IntentLabel = string | CopyRef;

export type IntentStatus =
  | 'idle'
  | 'running'
  | 'succeeded'
  | 'blocked'
  | 'recovering'
  | 'waiting'
  | 'offline'
  | 'degraded'
  | 'failed'
  | 'cancelled'
  | 'discarded';

/** The only ways an intent ends. Everything else keeps it, with a way forward. */
export type FinalStatus = 'succeeded' | 'cancelled' | 'discarded';

/**
 * Why the current run started: `automatic` is a scheduled retry; `manual` is a person asking
 * (retry now, try again, resume); `recovered` is the one replay after the app signalled the fix.
 */
export type RunReason = 'submit' | 'automatic' | 'manual' | 'recovered' | 'online' | 'fallback';

interface IntentStateBase {
  /** Runs started so far, in every tab; the current run's number while running. */
  readonly attempt: number;
  /** Automatic retries since a person last asked for a run: the `failureCount` of the retry helpers. */
  readonly retries: number;
  /** Whether runs use the app's fallback, from the moment the user takes it until a recovery. */
  readonly fallback: boolean;
  /** Kinds for which the app offers a fallback. */
  readonly fallbackFor: readonly ProblemKind[];
  /** The app gave a serializer, so the intent may be stored to survive a reload. */
  readonly durable: boolean;
  /** A record of it is in storage (and so other tabs may hold it too). */
  readonly persisted: boolean;
  /** The last failure, kept while the intent runs again. */
  readonly problem?: Problem | undefined;
}

export type IntentState = IntentStateBase &
  (
    | { readonly status: 'idle' | FinalStatus }
    | { readonly status: 'running' | 'degraded'; readonly reason: RunReason }
    | { readonly status: 'blocked' | 'recovering' | 'failed'; readonly problem: Problem }
    | {
        readonly status: 'waiting';
        readonly problem: Problem;
        /** Epoch ms of the automatic retry: always finite. */
        readonly retryAt: number;
        readonly waitMs: number;
      }
    | {
        readonly status: 'offline';
        readonly problem: Problem;
        /** A retry the provider asked us to hold until, kept while the network is away. */
        readonly retryAt?: number | undefined;
        readonly waitMs?: number | undefined;
      }
  );

/** A tab's report of where an intent stands, for the other tabs holding it. */
export interface RemoteOutcome {
  readonly id: string;
  readonly attempt: number;
  readonly status: IntentStatus;
  readonly kind?: ProblemKind | undefined;
}

export type IntentEvent =
  | { readonly type: 'submit'; readonly online: boolean }
  /** A stored intent picked up after a reload. */
  | { readonly type: 'hydrate'; readonly problem: Problem; readonly attempt: number }
  | { readonly type: 'succeeded'; readonly attempt: number }
  | {
      readonly type: 'failed';
      readonly attempt: number;
      readonly problem: Problem;
      readonly now: number;
      readonly online: boolean;
    }
  /** `at` is the retry time the timer was set for, so a stale timer changes nothing. */
  | { readonly type: 'timer'; readonly at: number }
  | { readonly type: 'online'; readonly now: number }
  | {
      readonly type:
        | 'recovery_started'
        | 'recovery_failed'
        | 'recovered'
        | 'retry'
        | 'fallback'
        | 'offline'
        | 'cancel'
        | 'discard';
    }
  | {
      readonly type: 'remote';
      readonly attempt: number;
      readonly status: IntentStatus;
      readonly problem?: Problem | undefined;
    };

export type IntentEventType = IntentEvent['type'];

export type IntentEffect =
  | { readonly type: 'run'; readonly attempt: number; readonly fallback: boolean }
  | { readonly type: 'schedule'; readonly at: number }
  /** `persist` writes the record; `unpersist` replaces it with a small record of how it ended. */
  | { readonly type: 'abort' | 'unschedule' | 'persist' | 'unpersist' | 'broadcast' };

export interface IntentTransition {
  readonly state: IntentState;
  readonly effects: readonly IntentEffect[];
}

export interface RunContext<Input> {
  /** Aborted when the user cancels or discards. */
  readonly signal: AbortSignal;
  /** 1 for the first run; grows with every retry and replay. */
  readonly attempt: number;
  /** The same for every retry and replay of this intent, in every tab: send it so the server can deduplicate. */
  readonly idempotencyKey: string;
  readonly input: Input;
}

export type RunIntent<Input, Output> = (context: RunContext<Input>) => Promise<Output>;

export interface IntentFallback<Input, Output> {
  /** What the fallback is, for the copy: "the basic model". */
  readonly label: IntentLabel;
  /** The kinds it is offered for. */
  readonly kinds: readonly ProblemKind[];
  readonly run: RunIntent<Input, Output>;
}

export interface IntentSpec<Input, Output> {
  readonly label?: IntentLabel;
  readonly input?: Input;
  readonly run: RunIntent<Input, Output>;
  /**
   * What to store so the intent survives a reload when it is blocked on billing. JSON-compatible.
   * Only this is stored, with versioned metadata (id, idempotency key, problem kind, attempt count,
   * time); the label, the input itself and the problem's details are not. Without it the intent is
   * kept in memory only.
   */
  readonly serialize?: (input: Input) => unknown;
  readonly fallback?: IntentFallback<Input, Output>;
  readonly id?: string;
  readonly idempotencyKey?: string;
}

export interface IntentSnapshot {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly label?: IntentLabel | undefined;
  readonly fallbackLabel?: IntentLabel | undefined;
  readonly state: IntentState;
}

/** How an intent ended. `value` is there when it succeeded in this tab. */
export interface IntentOutcome<Output> {
  readonly status: FinalStatus;
  readonly value?: Output | undefined;
}

export interface IntentHandle<Output> {
  readonly id: string;
  /** Settles once, when the intent ends; never rejects. */
  readonly done: Promise<IntentOutcome<Output>>;
}

/** An intent stored by an earlier page, as `pendingIntents()` lists it. */
export interface PendingIntent {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly kind: ProblemKind;
  readonly attempt: number;
  readonly savedAt: number;
  /** Exactly what the app's serializer returned. */
  readonly data: unknown;
}

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface NetworkAdapter {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

/** What lets several tabs share stored intents: a lock per intent and a way to tell the others. */
export interface TabCoordinator {
  /** Resolves to a release function when this tab holds the intent's lock, undefined when another tab does. */
  claim(id: string): Promise<(() => void) | undefined>;
  post(outcome: RemoteOutcome): void;
  listen(listener: (outcome: RemoteOutcome) => void): () => void;
}

export interface Logger {
  warn(message: string, detail?: unknown): void;
}

export interface IntentRuntimeOptions {
  /** Turns whatever a run throws into a Problem: `classify` from this package, or the app's own. */
  readonly classify: (error: unknown) => Problem;
  readonly retryPolicy?: RetryPolicy;
  /**
   * Where intents blocked on billing are kept across reloads, shared by tabs: `intentStore(…)`.
   * Without one, intents live in this runtime's memory only.
   */
  readonly store?: IntentStore;
  /** Default: `navigator.onLine` and the online/offline events where present, else always online. */
  readonly network?: NetworkAdapter;
  readonly clock?: Clock;
  /** Ids and idempotency keys; `crypto.randomUUID` where present. */
  readonly createId?: () => string;
  readonly logger?: Logger;
  /** How often a tab that found another tab running a stored intent checks again. Default 1000 ms. */
  readonly claimRetryMs?: number;
}

export interface IntentRuntime {
  /** For `useSyncExternalStore`. */
  subscribe(listener: () => void): () => void;
  /** Every intent this runtime holds; a new array only when something changed. */
  getSnapshot(): readonly IntentSnapshot[];
  get(id: string): IntentSnapshot | undefined;
  submit<Input, Output>(spec: IntentSpec<Input, Output>): IntentHandle<Output>;
  /** Intents stored by an earlier page (or another tab) that this runtime does not hold. */
  pendingIntents(): PendingIntent[];
  /**
   * Takes a stored intent back with the app's `run` (and `input` rebuilt from `data`), in the state
   * its record describes: blocked on billing, usually; ended at once if another tab ended it.
   */
  restore<Input, Output>(pending: PendingIntent, spec: IntentSpec<Input, Output>): IntentHandle<Output>;
  /** The fix is under way (checkout opened). */
  startRecovery(id: string): void;
  /** The fix did not happen (checkout closed without paying). */
  recoveryFailed(id: string): void;
  /** The fix happened: each matching blocked intent replays once. No argument: every blocked intent. */
  recovered(match?: string | ((intent: IntentSnapshot) => boolean)): void;
  /** Retry now, try again, resume. */
  retry(id: string): void;
  takeFallback(id: string): void;
  cancel(id: string): void;
  discard(id: string): void;
  /** Forgets an intent that has ended; an intent still alive cannot be dismissed. */
  dismiss(id: string): void;
  /** Runs a view-model action the runtime owns; false for the app's own (add funds, sign in…). */
  act(id: string, action: ActionId): boolean;
  /** Stops timers and listeners. */
  destroy(): void;
}
