import {
  DEFAULT_RETRY_POLICY,
  type IntentEvent,
  type IntentSnapshot,
  type IntentState,
  initialIntentState,
  type Problem,
  type RetryPolicy,
  transition,
} from '@tactful/core';

/** The states a message can be shown in, in the order a request meets them. */
export const STATES = [
  'running',
  'waiting',
  'offline',
  'blocked',
  'recovering',
  'resuming',
  'degraded',
  'failed',
  'succeeded',
  'cancelled',
] as const;
export type StoryState = (typeof STATES)[number];

/** The default policy with a fixed jitter, so a story's waits are the same at every render. */
const POLICY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, random: () => 0.5 };

export interface Reached {
  readonly snapshot: IntentSnapshot;
  /** The events that led there, for the caption: `submit → failed → timer → failed`. */
  readonly path: readonly string[];
}

export interface ReachOptions {
  /** The moment the last failure happened (a wait counts from it). */
  readonly now: number;
  readonly label?: string | undefined;
  /** The app's alternative: offered, and taken for `degraded`. */
  readonly fallbackLabel?: string | undefined;
  readonly id?: string;
}

/**
 * Drives the real intent machine (`transition`, from `initialIntentState`) to `target` for a request
 * that meets `problem`: submit, fail, then whatever the target needs (wait out retries, go offline,
 * open a checkout, pay, take the fallback, cancel). Undefined when the machine never puts a request
 * with this problem in that state: nothing is forced.
 */
export function reach(target: StoryState, problem: Problem, options: ReachOptions): Reached | undefined {
  // A lost connection is reported as offline only when the browser says so; a request that failed for
  // want of a network while the browser claims to be online is simply retried.
  const online = !(problem.kind === 'offline' && target === 'offline');
  const wantsFallback = target === 'degraded' || options.fallbackLabel !== undefined;
  let state = initialIntentState({ fallbackFor: wantsFallback ? [problem.kind] : [] });
  const path: string[] = [];
  const send = (event: IntentEvent) => {
    const next = transition(state, event, POLICY).state;
    if (next !== state) path.push(event.type);
    state = next;
  };
  const fail = () => send({ type: 'failed', attempt: state.attempt, problem, now: options.now, online });
  const is = (...statuses: IntentState['status'][]) => statuses.includes(state.status);

  send({ type: 'submit', online });
  if (target !== 'running' && is('running')) fail();

  switch (target) {
    case 'failed':
      // Every automatic retry meets the same problem, until the policy stops retrying.
      for (let guard = 0; is('waiting') && guard < 10; guard++) {
        if (state.status === 'waiting') send({ type: 'timer', at: state.retryAt });
        fail();
      }
      break;
    case 'offline':
      if (is('waiting')) send({ type: 'offline' });
      break;
    case 'recovering':
      send({ type: 'recovery_started' });
      break;
    case 'resuming':
      send({ type: 'recovery_started' });
      send({ type: 'recovered' });
      break;
    case 'degraded':
      send({ type: 'fallback' });
      break;
    case 'succeeded':
      // Whatever brings it back for this problem: the fix, the scheduled retry, or trying again.
      if (is('blocked')) send({ type: 'recovered' });
      else if (state.status === 'waiting') send({ type: 'timer', at: state.retryAt });
      else send({ type: 'retry' });
      send({ type: 'succeeded', attempt: state.attempt });
      break;
    case 'cancelled':
      send({ type: 'cancel' });
      break;
    default:
      break;
  }

  const status = target === 'resuming' ? 'running' : target;
  const resumed = target !== 'resuming' || ('reason' in state && state.reason === 'recovered');
  if (state.status !== status || !resumed) return undefined;
  return {
    snapshot: {
      id: options.id ?? `${problem.kind}-${target}`,
      idempotencyKey: `story-${problem.kind}-${target}`,
      label: options.label,
      fallbackLabel: options.fallbackLabel,
      state,
    },
    path,
  };
}
