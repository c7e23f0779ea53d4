import { classify } from '../classify/index';
import type { Money } from '../money/money';
import type { Problem } from '../problem/problem';
import { DEFAULT_RETRY_POLICY, retryDelay, shouldRetry } from '../retry/retry';
import type {
  BalanceLevel,
  BalanceMonitor,
  BalanceMonitorEvent,
  BalanceMonitorEvents,
  BalanceMonitorOptions,
  BalanceReading,
  BalanceSample,
  BalanceSnapshot,
  BalanceWarningLevel,
  PageVisibilityEvent,
} from './balance.types';
import { nextBalanceLevel, resolveBalanceThresholds } from './levels';
import { estimateRunway, recordBalanceSample } from './runway';
import { pageVisibility } from './visibility';

/** Plain-data equality, so a snapshot keeps its identity (and its parts theirs) when nothing changed. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const prototype = Object.getPrototypeOf(a);
  if (prototype !== Object.getPrototypeOf(b) || (prototype !== Object.prototype && !Array.isArray(a))) {
    return false;
  }
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

function isReading(value: unknown): value is BalanceReading {
  const balance = (value as { balance?: Partial<Money> } | null)?.balance;
  return Number.isFinite(balance?.minor) && typeof balance?.currency === 'string' && balance.currency !== '';
}

/**
 * Watches the account balance: polls `read` every `interval` while the page is visible, refreshes
 * when it comes back or gains focus and on demand, backs off while reads fail, and never runs two
 * reads at once. It turns readings into a level with hysteresis, a runway estimate and events.
 * Nothing happens until `start()` (or `refresh()`), so creating one is safe anywhere, SSR included.
 *
 * @example
 * const monitor = createBalanceMonitor({
 *   read: async (signal) => ({ balance: money((await api.balance({ signal })).usd, 'USD') }),
 *   thresholds: { low: money(10, 'USD'), critical: money(2, 'USD') },
 * });
 * monitor.on('level_changed', ({ from, to }) => log('balance', from, to));
 * monitor.start();
 */
export function createBalanceMonitor(options: BalanceMonitorOptions): BalanceMonitor {
  const clock = options.clock ?? Date;
  const scheduler = options.scheduler ?? {
    setTimeout: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
    clearTimeout: (handle: unknown) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
  };
  const visibility = options.visibility ?? pageVisibility();
  const interval = Math.max(1_000, options.interval || 60_000);
  const maxBackoffMs = Math.max(interval, options.maxBackoffMs ?? 1_800_000);
  const recoveredForMs = options.recoveredForMs ?? 60_000;
  const wakeRefreshAfterMs = options.wakeRefreshAfterMs ?? 5_000;
  const runwayBelowDays = options.runwayBelowDays ?? 7;
  const policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;

  let thresholds = options.thresholds;
  let samples: readonly BalanceSample[] = options.samples ?? [];
  let snapshot: BalanceSnapshot = {
    balance: null,
    asOf: null,
    level: null,
    recoveredFrom: null,
    runway: { status: 'unknown', reason: 'no_balance' },
    thresholds: null,
    samples,
    loading: false,
    error: null,
  };
  let running = false;
  let stopListening: (() => void) | undefined;
  let inFlight: Promise<BalanceSnapshot> | undefined;
  let controller: AbortController | undefined;
  let pollTimer: unknown;
  let pollAt: number | undefined;
  let settleTimer: unknown;
  let recoveredAt = 0;
  let failures = 0;
  let lastReadEnd: number | undefined;
  let runwayArmed = true;
  const subscribers = new Set<() => void>();
  const handlers = new Map<BalanceMonitorEvent, Set<(payload: never) => void>>();

  // A throwing listener must not break the monitor or the other listeners; its error still surfaces.
  const call = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      scheduler.setTimeout(() => {
        throw error;
      }, 0);
    }
  };

  function update(patch: Partial<BalanceSnapshot>): void {
    const next: Record<string, unknown> = { ...snapshot };
    let changed = false;
    for (const [key, value] of Object.entries(patch)) {
      if (!same(value, next[key])) {
        next[key] = value;
        changed = true;
      }
    }
    if (!changed) return;
    snapshot = next as unknown as BalanceSnapshot;
    for (const subscriber of [...subscribers]) call(subscriber);
  }

  function emit<E extends BalanceMonitorEvent>(event: E, payload: BalanceMonitorEvents[E]): void {
    for (const handler of [...(handlers.get(event) ?? [])]) {
      call(() => (handler as (payload: BalanceMonitorEvents[E]) => void)(payload));
    }
  }

  function arm(): void {
    scheduler.clearTimeout(pollTimer);
    pollTimer = undefined;
    if (running && !inFlight && pollAt !== undefined && visibility.isVisible()) {
      pollTimer = scheduler.setTimeout(
        () => {
          pollTimer = undefined;
          void read();
        },
        // Timers overflow past 2^31 - 1 ms and would fire at once.
        Math.min(2_147_483_647, Math.max(0, pollAt - clock.now())),
      );
    }
  }

  function schedule(delay: number): void {
    pollAt = clock.now() + delay;
    arm();
  }

  function armSettle(): void {
    scheduler.clearTimeout(settleTimer);
    settleTimer = scheduler.setTimeout(settle, Math.max(0, recoveredAt + recoveredForMs - clock.now()));
  }

  function settle(): void {
    settleTimer = undefined;
    const { balance } = snapshot;
    if (snapshot.level !== 'recovered' || !balance) return;
    update({ level: 'ok', recoveredFrom: null });
    emit('level_changed', { from: 'recovered', to: 'ok', balance, at: clock.now() });
  }

  /**
   * Level, runway and events for a balance; `previous` is null when history no longer applies.
   * Without a new reading (thresholds changed) nothing `recovered`: only the yardstick moved.
   */
  function evaluate(
    balance: Money,
    asOf: number,
    previous: BalanceLevel | null,
    patch: Partial<BalanceSnapshot>,
    reading = true,
  ): void {
    const now = clock.now();
    const resolved = resolveBalanceThresholds(thresholds, balance.currency, options.hysteresis);
    let level: BalanceLevel = nextBalanceLevel(previous, balance, resolved);
    let recoveredFrom: BalanceWarningLevel | null = null;
    let recovering = false;
    if (level === 'ok' && previous === 'recovered' && now < recoveredAt + recoveredForMs) {
      level = 'recovered';
      recoveredFrom = snapshot.recoveredFrom;
    } else if (
      reading &&
      level === 'ok' &&
      previous !== null &&
      previous !== 'ok' &&
      previous !== 'recovered'
    ) {
      level = 'recovered';
      recoveredFrom = previous;
      recoveredAt = now;
      recovering = true;
      armSettle();
    }
    const depletedEdge = resolved.bands[resolved.bands.length - 1]?.below.minor ?? 1;
    const runway = estimateRunway(samples, balance.currency, {
      ...options.runway,
      depletedAt: { minor: depletedEdge - 1, currency: balance.currency },
    });
    update({ ...patch, balance, asOf, level, recoveredFrom, runway, thresholds: resolved, samples });
    if (level !== previous) emit('level_changed', { from: previous, to: level, balance, at: now });
    if (recovering && recoveredFrom) emit('recovered', { from: recoveredFrom, balance, at: now });
    if (runway.status === 'estimate' && runway.days < runwayBelowDays) {
      if (runwayArmed) {
        runwayArmed = false;
        emit('runway_below', {
          days: runway.days,
          belowDays: runwayBelowDays,
          balance,
          runsOutAt: runway.runsOutAt,
        });
      }
    } else if (
      runway.status === 'not_burning' ||
      (runway.status === 'estimate' && runway.days >= runwayBelowDays * 1.25)
    ) {
      runwayArmed = true;
    }
  }

  function succeed(reading: BalanceReading): void {
    const now = clock.now();
    failures = 0;
    schedule(interval);
    const currency = reading.balance.currency.toUpperCase();
    const balance: Money = { minor: Math.round(reading.balance.minor), currency };
    const asOf = Number.isFinite(reading.asOf) ? Math.min(reading.asOf as number, now) : now;
    const sameCurrency = snapshot.balance?.currency === currency;
    if (!sameCurrency && snapshot.balance) {
      samples = [];
      runwayArmed = true;
    } else if (snapshot.asOf !== null && asOf < snapshot.asOf) {
      // Older than what is shown: the newer figure stays, so the UI never steps back in time.
      update({ loading: false, error: null });
      return;
    }
    samples = recordBalanceSample(samples, asOf, balance.minor, options.runway);
    evaluate(balance, asOf, sameCurrency ? snapshot.level : null, { loading: false, error: null });
  }

  function fail(error: unknown): void {
    let problem: Problem;
    try {
      problem = (options.classify ?? classify)(error);
    } catch {
      problem = { kind: 'unknown', retryable: false, cause: error };
    }
    failures += 1;
    const attempt = failures - 1;
    // Quick retries while the retry policy allows them, then a doubling pause capped at maxBackoffMs.
    const delay = shouldRetry(problem, attempt, policy)
      ? retryDelay(problem, attempt, policy)
      : Math.max(problem.retryAfterMs ?? 0, Math.min(maxBackoffMs, interval * 2 ** Math.min(attempt, 20)));
    const now = clock.now();
    schedule(delay);
    update({ loading: false, error: { problem, failures, at: now, retryAt: now + delay } });
    emit('read_failed', { problem, failures, retryInMs: delay });
  }

  function read(): Promise<BalanceSnapshot> {
    // A stopped read may still be settling: wait for it rather than run a second one beside it.
    if (inFlight) return controller?.signal.aborted ? inFlight.then(read) : inFlight;
    scheduler.clearTimeout(pollTimer);
    pollTimer = undefined;
    const current = new AbortController();
    controller = current;
    const run = async (): Promise<BalanceSnapshot> => {
      // Let `inFlight` be set before `read` runs, even if it throws synchronously.
      await Promise.resolve();
      let reading: unknown;
      let failure: unknown;
      let failed = false;
      try {
        if (!current.signal.aborted) reading = await options.read(current.signal);
      } catch (error) {
        failed = true;
        failure = error;
      }
      inFlight = undefined;
      if (current.signal.aborted) {
        // Started again while this stopped read was settling: pick the schedule up now.
        if (running && visibility.isVisible()) wake('visible');
        return snapshot;
      }
      lastReadEnd = clock.now();
      if (!failed && !isReading(reading)) {
        failed = true;
        failure = new TypeError('Not a balance reading');
      }
      if (failed) fail(failure);
      else succeed(reading as BalanceReading);
      return snapshot;
    };
    inFlight = run();
    update({ loading: true });
    return inFlight;
  }

  function wake(event: PageVisibilityEvent): void {
    if (!running) return;
    if (event === 'hidden') {
      scheduler.clearTimeout(pollTimer);
      pollTimer = undefined;
      return;
    }
    if (inFlight) return;
    const now = clock.now();
    const fresh = lastReadEnd !== undefined && now - lastReadEnd < wakeRefreshAfterMs;
    const backingOff = failures > 0 && pollAt !== undefined && pollAt > now;
    if (fresh || backingOff) arm();
    else void read();
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopListening = visibility.subscribe(wake);
      if (snapshot.level === 'recovered') armSettle();
      if (visibility.isVisible()) wake('visible');
    },
    stop() {
      running = false;
      stopListening?.();
      stopListening = undefined;
      scheduler.clearTimeout(pollTimer);
      scheduler.clearTimeout(settleTimer);
      pollTimer = settleTimer = undefined;
      if (inFlight) {
        controller?.abort();
        update({ loading: false });
      }
    },
    refresh: read,
    setThresholds(next) {
      thresholds = next;
      if (snapshot.balance && snapshot.asOf !== null) {
        evaluate(snapshot.balance, snapshot.asOf, snapshot.level, {}, false);
      }
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      subscribers.add(listener);
      return () => {
        subscribers.delete(listener);
      };
    },
    on(event, listener) {
      const set = handlers.get(event) ?? new Set();
      handlers.set(event, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}
