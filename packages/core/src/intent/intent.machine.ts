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

/** A problem known by its kind alone (the network went away, or another tab or a record named it). */
export const problemOf = (kind: ProblemKind): Problem => ({
  kind,
  retryable: isTransientKind(kind),
  cause: null,
});

export function initialIntentState(
  options: { readonly durable?: boolean; readonly fallbackFor?: readonly ProblemKind[] | undefined } = {},
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
type Passing = Partial<Record<'reason' | 'retryAt' | 'waitMs', unknown>>;

/** A new state that keeps the lasting fields of `state`, so nothing of the state it leaves lingers. */
function move(state: IntentState, patch: Patch): IntentState {
  const { reason, retryAt, waitMs, ...lasting } = state as IntentState & Passing;
  return { ...lasting, ...patch } as IntentState;
}

/** Where a problem that is not retried automatically leaves the intent; billing ones are stored if they can be. */
function rest(state: IntentState, problem: Problem, patch?: object): IntentState {
  const group = kindGroup(problem.kind);
  return move(state, {
    // Billing and access problems wait for a person; the rest fail, for a person to try again.
    status: group === 'billing' || group === 'access' ? 'blocked' : 'failed',
    problem,
    persisted: state.persisted || (state.durable && group === 'billing'),
    ...patch,
  });
}

function afterFailure(
  state: IntentState,
  { problem, now, online }: Extract<IntentEvent, { type: 'failed' }>,
  policy: RetryPolicy,
): IntentState {
  if (problem.kind === 'offline' && !online) return move(state, { status: 'offline', problem });
  // shouldRetry only ever retries transient kinds, whatever `retryable` claims.
  if (!shouldRetry(problem, state.retries, policy)) return rest(state, problem);
  const delay = retryDelay(problem, state.retries, policy);
  const waitMs = Number.isFinite(delay) && delay > 0 ? delay : 0;
  return move(state, { status: 'waiting', problem, retryAt: now + waitMs, waitMs });
}

/** The next state, or `state` itself when the event does not apply. */
function next(state: IntentState, event: IntentEvent, policy: RetryPolicy): IntentState {
  const { status, problem } = state;
  const waiting = status === 'waiting';
  const blocked = status === 'blocked' || status === 'recovering';
  /** A person may start it again: a person fixed it, or nothing automatic is left to wait for. */
  const stopped = blocked || status === 'failed' || status === 'offline';
  const run = (reason: RunReason, fallback = state.fallback, retries = 0) =>
    move(state, {
      status: fallback ? 'degraded' : 'running',
      reason,
      attempt: state.attempt + 1,
      retries,
      fallback,
    });

  switch (event.type) {
    case 'submit':
      if (status !== 'idle') return state;
      return event.online
        ? run('submit', false)
        : move(state, { status: 'offline', problem: problemOf('offline') });
    case 'hydrate':
      return status === 'idle'
        ? rest(state, event.problem, { attempt: event.attempt, persisted: true })
        : state;
    case 'succeeded':
    case 'failed':
      if (!isActiveStatus(status) || event.attempt !== state.attempt) return state;
      return event.type === 'failed'
        ? afterFailure(state, event, policy)
        : move(state, { status: 'succeeded' });
    case 'timer':
      return waiting && event.at === state.retryAt
        ? run('automatic', state.fallback, state.retries + 1)
        : state;
    case 'retry':
      // Skipping the wait uses the scheduled retry; anything else is a person starting afresh.
      return waiting ? run('manual', state.fallback, state.retries + 1) : stopped ? run('manual') : state;
    case 'recovery_started':
      return status === 'blocked' ? move(state, { status: 'recovering' }) : state;
    case 'recovery_failed':
      return status === 'recovering' ? move(state, { status: 'blocked' }) : state;
    case 'recovered':
      return blocked ? run('recovered', false) : state;
    case 'fallback':
      return (stopped || waiting) && problem && state.fallbackFor.includes(problem.kind)
        ? run('fallback', true)
        : state;
    case 'offline':
      return waiting
        ? move(state, { status: 'offline', retryAt: state.retryAt, waitMs: state.waitMs })
        : state;
    case 'online':
      if (status !== 'offline') return state;
      return state.retryAt !== undefined && state.retryAt > event.now
        ? move(state, { status: 'waiting', retryAt: state.retryAt, waitMs: state.waitMs })
        : run('online', state.fallback, state.retries);
    case 'cancel':
      return move(state, { status: 'cancelled' });
    case 'discard':
      return move(state, { status: 'discarded' });
    case 'remote':
      // Another tab ended it: it ended here too.
      if (isFinalStatus(event.status)) return move(state, { status: event.status });
      // Another tab ran it since: take its result.
      return event.attempt < state.attempt || !event.problem
        ? state
        : rest(state, event.problem, { attempt: event.attempt, retries: 0, persisted: true });
  }
}

/**
 * What the runtime must do so that the world matches the new state: stop what the old state had
 * under way, start what the new one needs, and — for a stored intent — record and announce each
 * step this tab decided (another tab's steps were already recorded by that tab).
 */
function effectsOf(before: IntentState, after: IntentState, event: IntentEvent): IntentEffect[] {
  const effects: IntentEffect[] = [];
  const settled = event.type === 'succeeded' || event.type === 'failed';
  if (isActiveStatus(before.status) && !isActiveStatus(after.status) && !settled) {
    effects.push({ type: 'abort' });
  }
  if (before.status === 'waiting' && after.status !== 'waiting' && event.type !== 'timer') {
    effects.push({ type: 'unschedule' });
  }
  if (isActiveStatus(after.status) && after.attempt > before.attempt) {
    effects.push({ type: 'run', attempt: after.attempt, fallback: after.fallback });
  }
  if (after.status === 'waiting' && before.status !== 'waiting') {
    effects.push({ type: 'schedule', at: after.retryAt });
  }
  if (after.persisted && (settled || event.type === 'cancel' || event.type === 'discard')) {
    effects.push({ type: isFinalStatus(after.status) ? 'unpersist' : 'persist' }, { type: 'broadcast' });
  }
  return effects;
}

/**
 * One intent's life as a pure function: the next state and the effects the runtime must run.
 * An event that does not apply returns the same state object and no effects; an ended intent
 * takes no event. Pure as long as `policy.random` is (the default jitter uses Math.random).
 */
export function transition(
  state: IntentState,
  event: IntentEvent,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): IntentTransition {
  const after = isFinalStatus(state.status) ? state : next(state, event, policy);
  return { state: after, effects: after === state ? [] : effectsOf(state, after, event) };
}
