import type { Money } from '../money/money';
import type { Problem } from '../problem/problem';
import type { RetryPolicy } from '../retry/retry';

/**
 * How worried to be about the balance, from best to worst: `ok`, `low`, `critical`, `depleted`.
 *
 * `recovered` is transient: the level a monitor reports when the balance climbs from `low`,
 * `critical` or `depleted` back out of every band into `ok`. It lasts `recoveredForMs` (on the
 * monitor's clock) and then settles to `ok` with a `level_changed` event; a fall below a threshold
 * during that time replaces it at once. A first reading never yields `recovered`.
 */
export type BalanceLevel = 'ok' | 'low' | 'critical' | 'depleted' | 'recovered';

/** The levels that warn: the ones a balance can recover from. */
export type BalanceWarningLevel = 'low' | 'critical' | 'depleted';

/** What the app's balance source returns. */
export interface BalanceReading {
  readonly balance: Money;
  /** When the billing system computed this balance (epoch ms); balances lag. The read time when absent. */
  readonly asOf?: number;
}

/** The app's balance source. It should stop its work when `signal` aborts (the monitor was stopped). */
export type BalanceReader = (signal: AbortSignal) => Promise<BalanceReading>;

/** An absolute amount, or a percentage of `BalanceThresholds.reference` (`{ percent: 20 }` is a fifth). */
export type BalanceThreshold = Money | { readonly percent: number };

/**
 * Where the warning levels begin. `low` and `critical` are entered when the balance falls below
 * them (strictly less); `depleted` when it is at or below `depletedAt`.
 *
 * A threshold that cannot be resolved — a percentage without a reference, or an amount in another
 * currency than the balance — is left out, and its level is never reported; thresholds out of order
 * are clamped so that `critical` never exceeds `low`.
 */
export interface BalanceThresholds {
  readonly low: BalanceThreshold;
  readonly critical?: BalanceThreshold;
  /** At or below this the balance counts as run out. Zero by default. */
  readonly depletedAt?: Money;
  /** What percentages are of: the usual top-up, or the auto-recharge target. */
  readonly reference?: Money;
}

/**
 * The band above each threshold that the balance must climb to before its level is left, so that a
 * balance hovering at a threshold never flaps: an amount, or a percentage of each threshold.
 */
export type BalanceHysteresis = Money | { readonly percent: number };

/** One warning level's edges, in minor units of the balance's currency. */
export interface BalanceBand {
  readonly level: BalanceWarningLevel;
  /** The level is entered when the balance is below this (for `depleted`: `depletedAt` + 1 minor unit). */
  readonly below: Money;
  /** The level is left (towards better) only when the balance is at or above this. */
  readonly leaveAt: Money;
}

/** Thresholds resolved against one currency, ready to mark on a meter. */
export interface ResolvedBalanceThresholds {
  readonly currency: string;
  /** From `low` to `depleted`; levels whose threshold could not be resolved are absent. */
  readonly bands: readonly BalanceBand[];
  readonly reference: Money | null;
}

/** A balance at a moment, as the runway estimator keeps it. */
export interface BalanceSample {
  /** Epoch ms at which the balance was true. */
  readonly at: number;
  /** Balance in minor units. */
  readonly minor: number;
  /** How many readings this sample stands for (readings merged without losing spend). */
  readonly readings: number;
}

/** Why no runway can be given yet. */
export type RunwayUnknownReason = 'no_balance' | 'too_few_samples' | 'span_too_short';

/**
 * How long the balance will last at the recent burn rate. Honest by construction: `unknown` until
 * there are enough readings over enough time, and `not_burning` when nothing was spent.
 */
export type BalanceRunway =
  | { readonly status: 'unknown'; readonly reason: RunwayUnknownReason }
  | { readonly status: 'not_burning' }
  | {
      readonly status: 'estimate';
      /** Days from the latest sample until the balance reaches `depletedAt`; fractional, never negative. */
      readonly days: number;
      /** Epoch ms at which it runs out at this rate. */
      readonly runsOutAt: number;
      /** Spend per day, rounded to minor units. */
      readonly burnPerDay: Money;
      /** The time (ms) of usage the estimate rests on: top-ups and what they hide are left out. */
      readonly basedOnMs: number;
      /** The readings the estimate rests on. */
      readonly readings: number;
    };

/** Tuning for the runway estimate. */
export interface RunwayOptions {
  /** Readings needed before any estimate. Default 3. */
  readonly minReadings?: number;
  /**
   * Time of usage (ms, top-ups left out) needed before any estimate. Default two hours: billing
   * systems post usage a few minutes late, and over two hours a few minutes' lag stays a few percent.
   */
  readonly minSpanMs?: number;
  /** Samples older than this (ms before the latest) are forgotten. Default seven days. */
  readonly windowMs?: number;
  /** Samples kept at most; consecutive spending readings closer than windowMs/maxSamples are merged. Default 200. */
  readonly maxSamples?: number;
}

/** The last read failed; the balance shown is the last good one. */
export interface BalanceReadError {
  readonly problem: Problem;
  /** Failures in a row. */
  readonly failures: number;
  /** Epoch ms of the failure. */
  readonly at: number;
  /** Epoch ms of the next automatic try. */
  readonly retryAt: number;
}

/** What a monitor knows. A new object only when something in it changed. */
export interface BalanceSnapshot {
  /** The latest balance, or null before the first good read. Kept when later reads fail. */
  readonly balance: Money | null;
  /** Epoch ms at which `balance` was true (the reading's `asOf`, else the read time). */
  readonly asOf: number | null;
  readonly level: BalanceLevel | null;
  /** The level the balance recovered from, while `level` is `recovered`. */
  readonly recoveredFrom: BalanceWarningLevel | null;
  readonly runway: BalanceRunway;
  readonly thresholds: ResolvedBalanceThresholds | null;
  /** The history the runway rests on; save it to carry the estimate across reloads (`samples` option). */
  readonly samples: readonly BalanceSample[];
  /** A read is under way. */
  readonly loading: boolean;
  readonly error: BalanceReadError | null;
}

/** The events a monitor emits, by name, with their payloads; `at` is when the monitor noticed (its clock). */
export interface BalanceMonitorEvents {
  /** Every change of level, including the first reading (`from: null`) and `recovered` → `ok`. */
  level_changed: {
    readonly from: BalanceLevel | null;
    readonly to: BalanceLevel;
    readonly balance: Money;
    readonly at: number;
  };
  /** The balance climbed back to `ok` from a warning level. Emitted after its `level_changed`. */
  recovered: { readonly from: BalanceWarningLevel; readonly balance: Money; readonly at: number };
  /**
   * The runway estimate fell below `runwayBelowDays`. Once per crossing: it re-arms when an
   * estimate reaches 1.25 × that many days again, or nothing is being spent.
   */
  runway_below: {
    readonly days: number;
    readonly belowDays: number;
    readonly balance: Money;
    readonly runsOutAt: number;
  };
  /** A read failed (or returned something that is not a balance); the next try is in `retryInMs`. */
  read_failed: { readonly problem: Problem; readonly failures: number; readonly retryInMs: number };
}

export type BalanceMonitorEvent = keyof BalanceMonitorEvents;

/** The time source; `Date.now` by default. */
export interface BalanceMonitorClock {
  now(): number;
}

/** Timers; `setTimeout`/`clearTimeout` by default. Tests inject a fake one. */
export interface BalanceMonitorScheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the page's visibility did: pause polling when hidden, refresh when back or focused. */
export type PageVisibilityEvent = 'visible' | 'hidden' | 'focus';

/** Page visibility and focus, behind an adapter so that the core needs no DOM. */
export interface PageVisibility {
  isVisible(): boolean;
  /** Returns a function that stops listening. */
  subscribe(listener: (event: PageVisibilityEvent) => void): () => void;
}

export interface BalanceMonitorOptions {
  /** The app's balance source. Never called while another call is still running. */
  readonly read: BalanceReader;
  readonly thresholds: BalanceThresholds;
  /** Time between polls (ms) while the page is visible. Default 60 s, at least 1 s. */
  readonly interval?: number;
  /** Default `{ percent: 10 }`. */
  readonly hysteresis?: BalanceHysteresis;
  readonly runway?: RunwayOptions;
  /**
   * History to start from, e.g. `snapshot.samples` saved before a reload. Samples carry no
   * currency: save the currency beside them and pass them only when it is the balance's.
   */
  readonly samples?: readonly BalanceSample[];
  /** `runway_below` fires when the estimate falls below this many days. Default 7. */
  readonly runwayBelowDays?: number;
  /** How long `recovered` lasts before it settles to `ok` (ms). Default 60 s. */
  readonly recoveredForMs?: number;
  /** On becoming visible or focused, refresh only when the last read ended longer ago than this (ms). Default 5 s. */
  readonly wakeRefreshAfterMs?: number;
  /** Longest wait between tries while reads keep failing (ms). Default 30 minutes (never below `interval`). */
  readonly maxBackoffMs?: number;
  /** Quick retries for transient failures; the core default otherwise. */
  readonly retryPolicy?: RetryPolicy;
  /** Turns a failed read into a Problem; the core `classify` by default. */
  readonly classify?: (error: unknown) => Problem;
  readonly clock?: BalanceMonitorClock;
  readonly scheduler?: BalanceMonitorScheduler;
  /** The document's visibility by default; always visible where there is no DOM. */
  readonly visibility?: PageVisibility;
}

export interface BalanceMonitor {
  /** Begin polling (reads at once when visible). Calling it again does nothing. */
  start(): void;
  /** Stop polling, abort the read under way and stop listening to the page. The snapshot is kept. */
  stop(): void;
  /**
   * Read now, whatever the schedule (after a request or a recharge). Joins the read under way
   * rather than starting a second one. Resolves with the snapshot after the read; never rejects.
   */
  refresh(): Promise<BalanceSnapshot>;
  /** Replace the thresholds (the auto-recharge settings changed) and re-evaluate the level. */
  setThresholds(thresholds: BalanceThresholds): void;
  /** For `useSyncExternalStore`: the same object until something changes. */
  getSnapshot(): BalanceSnapshot;
  /** Called after every snapshot change. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Listen to one event. Returns an unsubscribe function. */
  on<E extends BalanceMonitorEvent>(
    event: E,
    listener: (payload: BalanceMonitorEvents[E]) => void,
  ): () => void;
}
