import { isTransientKind, kindGroup, type ProblemKind } from '../problem/kinds';
import type { Problem } from '../problem/problem';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelay, shouldRetry } from '../retry/retry';
import type {
  FinalStatus,
  IntentEffect,
  IntentEvent,
  IntentState,
  IntentStatus,
  IntentTransition,
  RunReason,
} from './intent.types';

const FINAL_STATUSES: readonly IntentStatus[] = ['succeeded', 'cancelled', 'discarded'];

export function isFinalStatus(status: IntentStatus): status is FinalStatus {
  return FINAL_STATUSES.includes(status);
}

/** A run is under way (the app's own, or its fallback). */
export function isActiveStatus(status: IntentStatus): status is 'running' | 'degraded' {
  return status === 'running' || status === 'degraded';
}

/** Billing and access problems wait for a person; only they block (the rest fail, or wait for time). */
export function needsPerson(kind: ProblemKind): boolean {
  const group = kindGroup(kind);
  return group === 'billing' || group === 'access';
}

export const OFFLINE_PROBLEM: Problem = { kind: 'offline', retryable: true, cause: null };

export function initialIntentState(
  options: { readonly durable?: boolean; readonly fallbackFor?: readonly ProblemKind[] } = {},
): IntentState {
  return {
    status: 'idle',
    attempt: 0,
    retries: 0,
    fallback: false,
    fallbackFor: options.fallbackFor ?? [],
    durable: options.durable ?? false,
    persisted: false,
  };
}

type Patch = { readonly [key: string]: unknown; readonly status: IntentStatus };

/** A new state from the lasting fields of `state`, so nothing of the state it leaves lingers. */
function move(state: IntentState, patch: Patch, effects: readonly IntentEffect[] = []): IntentTransition {
  const { attempt, retries, fallback, fallbackFor, durable, persisted, problem } = state;
  return {
    state: { attempt, retries, fallback, fallbackFor, durable, persisted, problem, ...patch } as IntentState,
    effects,
  };
}

function start(
  state: IntentState,
  reason: RunReason,
  fallback: boolean,
  retries: number,
  effects: readonly IntentEffect[] = [],
): IntentTransition {
  const attempt = state.attempt + 1;
  return move(state, { status: fallback ? 'degraded' : 'running', reason, attempt, retries, fallback }, [
    ...effects,
    { type: 'run', attempt, fallback },
  ]);
}

/** Other tabs holding a stored intent hear how each step ended, and the record follows it. */
function shared(transition: IntentTransition): IntentTransition {
  const { state } = transition;
  if (!state.persisted) return transition;
  const record: IntentEffect = { type: isFinalStatus(state.status) ? 'unpersist' : 'persist' };
  return { state, effects: [...transition.effects, record, { type: 'broadcast' }] };
}

/** Where a problem that is not retried automatically leaves the intent. */
function rest(
  state: IntentState,
  problem: Problem,
  patch: object = {},
  effects: readonly IntentEffect[] = [],
): IntentTransition {
  const keep = state.durable && kindGroup(problem.kind) === 'billing';
  return move(
    state,
    {
      status: needsPerson(problem.kind) ? 'blocked' : 'failed',
      problem,
      persisted: state.persisted || keep,
      ...patch,
    },
    effects,
  );
}

/**
 * One intent's life as a pure function: the next state and the effects the runtime must run.
 * An event that does not apply returns the same state object and no effects. Pure as long as
 * `policy.random` is (the runtime's default jitter uses Math.random).
 */
export function transition(
  state: IntentState,
  event: IntentEvent,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): IntentTransition {
  const { status, problem } = state;
  const same: IntentTransition = { state, effects: [] };
  if (isFinalStatus(status)) return same;
  const active = isActiveStatus(status);
  const waiting = status === 'waiting';
  const stop: IntentEffect[] = active ? [{ type: 'abort' }] : waiting ? [{ type: 'unschedule' }] : [];
  const afterPerson = status === 'blocked' || status === 'recovering' || status === 'failed';

  switch (event.type) {
    case 'submit':
      if (status !== 'idle') return same;
      return event.online
        ? start(state, 'submit', false, 0)
        : move(state, { status: 'offline', problem: OFFLINE_PROBLEM });
    case 'hydrate':
      return status === 'idle'
        ? rest(state, event.problem, { attempt: event.attempt, persisted: true })
        : same;
    case 'succeeded':
      if (!active || event.attempt !== state.attempt) return same;
      return shared(move(state, { status: 'succeeded' }));
    case 'failed': {
      if (!active || event.attempt !== state.attempt) return same;
      const failure = event.problem;
      if (failure.kind === 'offline' && !event.online) {
        return shared(move(state, { status: 'offline', problem: failure }));
      }
      // Only transient kinds are ever retried on their own, whatever `retryable` claims.
      if (isTransientKind(failure.kind) && shouldRetry(failure, state.retries, policy)) {
        const delay = retryDelay(failure, state.retries, policy);
        const waitMs = Number.isFinite(delay) && delay > 0 ? delay : 0;
        const retryAt = event.now + waitMs;
        return shared(
          move(state, { status: 'waiting', problem: failure, retryAt, waitMs }, [
            { type: 'schedule', at: retryAt },
          ]),
        );
      }
      return shared(rest(state, failure));
    }
    case 'timer':
      return waiting && event.at === state.retryAt
        ? start(state, 'automatic', state.fallback, state.retries + 1)
        : same;
    case 'retry':
      // Skipping the wait uses the scheduled retry; anything else is a person starting afresh.
      if (waiting) return start(state, 'manual', state.fallback, state.retries + 1, stop);
      return afterPerson || status === 'offline' ? start(state, 'manual', state.fallback, 0) : same;
    case 'recovery_started':
      return status === 'blocked' ? move(state, { status: 'recovering' }) : same;
    case 'recovery_failed':
      return status === 'recovering' ? move(state, { status: 'blocked' }) : same;
    case 'recovered':
      return status === 'blocked' || status === 'recovering' ? start(state, 'recovered', false, 0) : same;
    case 'fallback':
      return (afterPerson || waiting || status === 'offline') &&
        problem &&
        state.fallbackFor.includes(problem.kind)
        ? start(state, 'fallback', true, 0, stop)
        : same;
    case 'offline':
      return waiting
        ? move(state, { status: 'offline', retryAt: state.retryAt, waitMs: state.waitMs }, stop)
        : same;
    case 'online': {
      if (status !== 'offline') return same;
      const { retryAt } = state;
      return retryAt !== undefined && retryAt > event.now
        ? move(state, { status: 'waiting', retryAt, waitMs: state.waitMs }, [
            { type: 'schedule', at: retryAt },
          ])
        : start(state, 'online', state.fallback, state.retries);
    }
    case 'cancel':
    case 'discard':
      return shared(move(state, { status: event.type === 'cancel' ? 'cancelled' : 'discarded' }, stop));
    case 'remote': {
      // Another tab ended it: it ended here too. The other tab already wrote and told.
      if (isFinalStatus(event.status)) return move(state, { status: event.status }, stop);
      // Another tab ran it since: take its result, without running or telling anyone.
      if (event.attempt < state.attempt || !event.problem) return same;
      return rest(state, event.problem, { attempt: event.attempt, retries: 0, persisted: true }, stop);
    }
  }
}
