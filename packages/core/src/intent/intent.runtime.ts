import type { ActionId } from '../copy/keys';
import { isProblemKind, type ProblemKind } from '../problem/kinds';
import type { Problem } from '../problem/problem';
import { settledAttempts } from '../storage/record';
import { browserNetwork, randomId, systemClock } from './intent.adapters';
import { initialIntentState, isActiveStatus, isFinalStatus, problemOf, transition } from './intent.machine';
import type {
  IntentEffect,
  IntentEvent,
  IntentHandle,
  IntentOutcome,
  IntentRuntime,
  IntentRuntimeOptions,
  IntentSnapshot,
  IntentSpec,
  IntentStatus,
} from './intent.types';

interface Entry {
  snapshot: IntentSnapshot;
  readonly spec: IntentSpec<unknown, unknown>;
  readonly done: Promise<IntentOutcome<unknown>>;
  readonly resolve: (outcome: IntentOutcome<unknown>) => void;
  controller?: AbortController;
  /** The retry timer while waiting, or the next claim while another tab runs the intent. */
  timer?: unknown;
  value?: unknown;
}

const isProblem = (value: unknown): value is Problem =>
  isProblemKind((value as Problem | null)?.kind) && typeof (value as Problem).retryable === 'boolean';

/**
 * The store and effect runner around the pure machine: one entry per intent, a snapshot for
 * `useSyncExternalStore`, timers through the injected clock, each run with a fresh AbortController,
 * and — with an intent store — records that survive reloads and a lock so one tab runs each intent.
 */
export function createIntentRuntime(options: IntentRuntimeOptions): IntentRuntime {
  const {
    store,
    retryPolicy,
    clock = systemClock,
    network = browserNetwork(),
    createId = randomId,
    logger = console,
    claimRetryMs = 1000,
  } = options;
  const entries = new Map<string, Entry>();
  const listeners = new Set<() => void>();
  let snapshot: readonly IntentSnapshot[] = [];

  const notify = () => {
    snapshot = Array.from(entries.values(), (entry) => entry.snapshot);
    for (const listener of [...listeners]) listener();
  };

  /** A Problem thrown as is (say `throw await classifyResponse(response)`) is kept; anything else is classified. */
  const classify = (error: unknown): Problem => {
    try {
      const problem = isProblem(error) ? error : options.classify(error);
      if (isProblem(problem)) return problem;
    } catch {
      // A classifier that throws must not lose the intent: it becomes an unknown problem.
    }
    return { kind: 'unknown', retryable: false, cause: error };
  };

  /** Another tab's word on an intent: how it ended, or where its latest run left it. */
  const hear = (id: string, attempt: number, status: IntentStatus, kind?: ProblemKind) =>
    dispatch(id, { type: 'remote', attempt, status, problem: kind && problemOf(kind) });

  /** Writes the record of an intent (see IntentStore.save); another tab may have ended it already. */
  const save = (entry: Entry, running?: true) => {
    const { id, state } = entry.snapshot;
    const ending = store?.save(entry.snapshot, entry.spec, clock.now(), logger, running);
    // Another tab ended it first: end it here too, once the current dispatch is over.
    if (ending) queueMicrotask(() => hear(id, state.attempt, ending));
  };

  function dispatch(id: string, event: IntentEvent): void {
    const entry = entries.get(id);
    if (!entry) return;
    const { state, effects } = transition(entry.snapshot.state, event, retryPolicy);
    if (state === entry.snapshot.state) return;
    entry.snapshot = { ...entry.snapshot, state };
    for (const effect of effects) perform(entry, effect);
    if (isFinalStatus(state.status)) entry.resolve({ status: state.status, value: entry.value });
    notify();
  }

  function perform(entry: Entry, effect: IntentEffect): void {
    const { id, state } = entry.snapshot;
    switch (effect.type) {
      case 'run':
        launch(entry);
        break;
      case 'abort':
        entry.controller?.abort();
        break;
      case 'broadcast':
        store?.post({ id, attempt: state.attempt, status: state.status, kind: state.problem?.kind });
        break;
      case 'persist':
      case 'unpersist':
        save(entry);
        break;
      case 'schedule': {
        clock.clearTimeout(entry.timer);
        const fire = () => dispatch(id, { type: 'timer', at: effect.at });
        entry.timer = clock.setTimeout(fire, Math.max(0, effect.at - clock.now()));
        break;
      }
      case 'unschedule':
        clock.clearTimeout(entry.timer);
    }
  }

  /**
   * Starts the current run once it is safe: never inside a dispatch, and for a stored intent only
   * under its lock and only when no tab has started this attempt (or ended the intent) since this
   * tab looked.
   */
  function launch(entry: Entry): void {
    const { id, idempotencyKey, state } = entry.snapshot;
    const { attempt, fallback } = state;
    // Still this run: an ended intent never changes again, so one dismissed (or replaced) is never current.
    const current = () => {
      const latest = entry.snapshot.state;
      return isActiveStatus(latest.status) && latest.attempt === attempt;
    };
    const shared = state.persisted ? store : undefined;
    (shared ? shared.claim(id) : Promise.resolve(() => {})).then((release) => {
      if (!current()) return release?.();
      if (!release) {
        // Another tab is running it: its outcome will arrive; meanwhile look again now and then.
        entry.timer = clock.setTimeout(() => current() && launch(entry), claimRetryMs);
        return;
      }
      const record = shared?.read(id);
      if (record && (record.done || record.attempt >= attempt)) {
        release();
        return hear(id, record.attempt, record.done ?? 'blocked', record.kind);
      }
      // Taken, before it starts: a tab that looks now knows this attempt is not its to run.
      if (shared) save(entry, true);
      const { spec } = entry;
      const run = (fallback && spec.fallback?.run) || spec.run;
      entry.controller = new AbortController();
      const { signal } = entry.controller;
      new Promise((resolve) => resolve(run({ signal, attempt, idempotencyKey, input: spec.input })))
        .then(
          (value) => {
            if (current()) entry.value = value;
            dispatch(id, { type: 'succeeded', attempt });
          },
          (error: unknown) => {
            const problem = classify(error);
            dispatch(id, { type: 'failed', attempt, problem, now: clock.now(), online: network.isOnline() });
          },
        )
        .finally(release);
    });
  }

  function add<Input, Output>(
    spec: IntentSpec<Input, Output>,
    id: string,
    idempotencyKey: string,
    event: IntentEvent,
  ): IntentHandle<Output> {
    let entry = entries.get(id);
    if (!entry) {
      let resolve!: Entry['resolve'];
      const done = new Promise<IntentOutcome<unknown>>((settle) => {
        resolve = settle;
      });
      const { label, fallback, serialize } = spec;
      const state = initialIntentState({ durable: !!serialize, fallbackFor: fallback?.kinds });
      const snapshot = { id, idempotencyKey, label, fallbackLabel: fallback?.label, state };
      entry = { spec: spec as IntentSpec<unknown, unknown>, done, resolve, snapshot };
      entries.set(id, entry);
      dispatch(id, event);
    }
    return { id, done: entry.done as Promise<IntentOutcome<Output>> };
  }

  const unsubscribe = [
    network.subscribe((online) => {
      for (const id of [...entries.keys()]) {
        dispatch(id, online ? { type: 'online', now: clock.now() } : { type: 'offline' });
      }
    }),
    // Only stored intents can be held by other tabs, so only they hear from them.
    store?.listen(({ id, attempt, status, kind }) => {
      if (entries.get(id)?.snapshot.state.persisted) hear(id, attempt, status, kind);
    }),
  ];

  const send =
    (type: 'retry' | 'fallback' | 'cancel' | 'recovery_started' | 'recovery_failed') => (id: string) =>
      dispatch(id, { type });

  const runtime: IntentRuntime = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    get: (id) => entries.get(id)?.snapshot,
    submit: (spec) =>
      add(spec, spec.id ?? createId(), spec.idempotencyKey ?? createId(), {
        type: 'submit',
        online: network.isOnline(),
      }),
    pendingIntents: () => store?.pending((id) => entries.has(id)) ?? [],
    restore({ id, idempotencyKey, kind, attempt }, spec) {
      const record = store?.read(id);
      const settled = record ? settledAttempts(record) : attempt;
      const problem = problemOf(record?.kind ?? kind);
      const handle = add(spec, id, idempotencyKey, { type: 'hydrate', problem, attempt: settled });
      if (record?.done) hear(id, settled, record.done);
      return handle;
    },
    startRecovery: send('recovery_started'),
    recoveryFailed: send('recovery_failed'),
    recovered(match) {
      for (const { snapshot: intent } of [...entries.values()]) {
        if (match === undefined || (typeof match === 'string' ? intent.id === match : match(intent))) {
          dispatch(intent.id, { type: 'recovered' });
        }
      }
    },
    retry: send('retry'),
    takeFallback: send('fallback'),
    cancel: send('cancel'),
    discard(id) {
      if (entries.has(id)) return dispatch(id, { type: 'discard' });
      // A stored intent no runtime here holds: declined from the offer to pick it up.
      store?.discard(id, clock.now());
    },
    dismiss(id) {
      const entry = entries.get(id);
      if (!entry || !isFinalStatus(entry.snapshot.state.status)) return;
      clock.clearTimeout(entry.timer);
      entries.delete(id);
      notify();
    },
    act(id, action) {
      const handler = actionHandlers[action];
      handler?.(id);
      return handler !== undefined;
    },
    destroy() {
      for (const stop of unsubscribe) stop?.();
      for (const entry of entries.values()) clock.clearTimeout(entry.timer);
    },
  };

  const actionHandlers: Partial<Record<ActionId, (id: string) => void>> = {
    retry_now: runtime.retry,
    try_again: runtime.retry,
    resume: runtime.retry,
    use_fallback: runtime.takeFallback,
    cancel: runtime.cancel,
    discard: runtime.discard,
    dismiss: runtime.dismiss,
  };

  return runtime;
}
