import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTransientKind, PROBLEM_KINDS, type ProblemKind } from '../problem/kinds';
import type { Problem } from '../problem/problem';
import type { RetryPolicy } from '../retry/retry';
import { initialIntentState, isActiveStatus, isFinalStatus, transition } from './intent.machine';
import type { IntentEffect, IntentEvent, IntentState, IntentStatus } from './intent.types';
import { problem } from './testing/fakes';

const policy: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxWaitMs: 300_000,
  random: () => 0.5,
};

function play(events: IntentEvent[], state: IntentState = initialIntentState()) {
  const effects: IntentEffect[][] = [];
  for (const event of events) {
    const next = transition(state, event, policy);
    effects.push([...next.effects]);
    state = next.state;
  }
  return { state, effects };
}

const failed = (attempt: number, failure: Problem, now = 0, online = true): IntentEvent => ({
  type: 'failed',
  attempt,
  problem: failure,
  now,
  online,
});

describe('transition', () => {
  it('starts a run on submit and succeeds only with the current attempt', () => {
    const { state, effects } = play([
      { type: 'submit', online: true },
      { type: 'succeeded', attempt: 7 },
    ]);
    expect(effects[0]).toEqual([{ type: 'run', attempt: 1, fallback: false }]);
    expect(state.status).toBe('running');
    expect(play([{ type: 'succeeded', attempt: 1 }], state).state.status).toBe('succeeded');
  });

  it('returns the very same state for an event that does not apply', () => {
    const idle = initialIntentState();
    for (const event of [
      { type: 'recovered' },
      { type: 'timer', at: 0 },
      { type: 'online', now: 0 },
    ] satisfies IntentEvent[]) {
      const next = transition(idle, event, policy);
      expect(next.state).toBe(idle);
      expect(next.effects).toEqual([]);
    }
  });

  it('never retries billing, access or request kinds automatically, even when marked retryable', () => {
    for (const kind of PROBLEM_KINDS.filter((candidate) => !isTransientKind(candidate))) {
      const { state, effects } = play([
        { type: 'submit', online: true },
        failed(1, problem(kind, { retryable: true, retryAfterMs: 1000 })),
      ]);
      expect(effects[1]?.some((effect) => effect.type === 'schedule')).toBe(false);
      expect(['blocked', 'failed']).toContain(state.status);
    }
  });

  it('blocks on billing and access (a person must act) and fails on request and other kinds', () => {
    const expected: Partial<Record<ProblemKind, IntentStatus>> = {
      insufficient_funds: 'blocked',
      payment_method_failed: 'blocked',
      auth_invalid: 'blocked',
      permission_denied: 'blocked',
      invalid_request: 'failed',
      not_found: 'failed',
      aborted: 'failed',
      unknown: 'failed',
    };
    for (const [kind, status] of Object.entries(expected)) {
      const { state } = play([{ type: 'submit', online: true }, failed(1, problem(kind as ProblemKind))]);
      expect(state.status).toBe(status);
    }
  });

  it('marks a durable intent blocked on billing as persisted, and records and announces each later step', () => {
    const durable = initialIntentState({ durable: true });
    const { state, effects } = play(
      [
        { type: 'submit', online: true },
        failed(1, problem('insufficient_funds')),
        { type: 'recovered' },
        failed(2, problem('overloaded'), 100),
        { type: 'cancel' },
      ],
      durable,
    );
    expect(effects[1]).toEqual([{ type: 'persist' }, { type: 'broadcast' }]);
    expect(effects[3]).toEqual([{ type: 'schedule', at: 600 }, { type: 'persist' }, { type: 'broadcast' }]);
    expect(effects[4]).toEqual([{ type: 'unschedule' }, { type: 'unpersist' }, { type: 'broadcast' }]);
    expect(state.status).toBe('cancelled');
    const accessOnly = play([{ type: 'submit', online: true }, failed(1, problem('auth_invalid'))], durable);
    expect(accessOnly.state.persisted).toBe(false);
  });

  it('ignores a stale timer and a stale result', () => {
    const { state } = play([{ type: 'submit', online: true }, failed(1, problem('outage'), 0)]);
    expect(state.status).toBe('waiting');
    expect(transition(state, { type: 'timer', at: 12345 }, policy).state).toBe(state);
    const running = play([{ type: 'timer', at: 500 }], state).state;
    expect(running).toMatchObject({ status: 'running', attempt: 2 });
    expect(transition(running, failed(1, problem('unknown')), policy).state).toBe(running);
  });

  it('takes a remote ending whatever it is doing, and a remote result only when it is as new as its own', () => {
    const { state } = play([{ type: 'submit', online: true }, failed(1, problem('outage'), 0)]);
    const ended = transition(state, { type: 'remote', attempt: 0, status: 'succeeded' }, policy);
    expect(ended.state.status).toBe('succeeded');
    expect(ended.effects).toEqual([{ type: 'unschedule' }]);
    const older = transition(state, {
      type: 'remote',
      attempt: 0,
      status: 'blocked',
      problem: problem('quota_exhausted'),
    });
    expect(older.state).toBe(state);
    const newer = transition(state, {
      type: 'remote',
      attempt: 2,
      status: 'blocked',
      problem: problem('quota_exhausted'),
    });
    expect(newer.state).toMatchObject({ status: 'blocked', attempt: 2, persisted: true });
    expect(newer.effects).toEqual([{ type: 'unschedule' }]);
  });

  it('offers the fallback only for the kinds given', () => {
    const withFallback = initialIntentState({ fallbackFor: ['insufficient_funds'] });
    const blocked = play(
      [{ type: 'submit', online: true }, failed(1, problem('insufficient_funds'))],
      withFallback,
    );
    expect(play([{ type: 'fallback' }], blocked.state).effects[0]).toEqual([
      { type: 'run', attempt: 2, fallback: true },
    ]);
    const other = play(
      [{ type: 'submit', online: true }, failed(1, problem('quota_exhausted'))],
      withFallback,
    );
    expect(play([{ type: 'fallback' }], other.state).state).toBe(other.state);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Model-based: random event sequences straight into the pure machine, with the invariants checked after
// every step. Sizes are configurable: TACTFUL_MACHINE_RUNS (sequences), TACTFUL_MACHINE_STEPS (max length).
// ---------------------------------------------------------------------------------------------------------

const ENDING_CAUSES: Record<string, string> = { cancel: 'cancelled', discard: 'discarded' };

const MACHINE_RUNS = Number(process.env.TACTFUL_MACHINE_RUNS ?? 3000);
const MACHINE_STEPS = Number(process.env.TACTFUL_MACHINE_STEPS ?? 40);

const problemArbitrary: fc.Arbitrary<Problem> = fc
  .record({
    kind: fc.constantFrom(...PROBLEM_KINDS),
    // Classifiers can be wrong: the machine must hold whatever `retryable` says.
    retryable: fc.boolean(),
    retryAfterMs: fc.option(fc.oneof(fc.nat(400_000), fc.constant(0)), { nil: undefined }),
  })
  .map(({ retryAfterMs, ...rest }) => ({
    ...rest,
    cause: null,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  }));

type Step =
  | {
      readonly type: 'settle';
      readonly ok: boolean;
      readonly problem: Problem;
      readonly online: boolean;
      readonly stale: boolean;
    }
  | { readonly type: 'tick' }
  | { readonly type: 'stale-tick' }
  | { readonly type: 'plain'; readonly event: IntentEvent }
  | {
      readonly type: 'remote';
      readonly status: IntentStatus;
      readonly delta: number;
      readonly problem: Problem;
    };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('settle' as const),
      ok: fc.boolean(),
      problem: problemArbitrary,
      online: fc.boolean(),
      stale: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ type: 'tick' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'stale-tick' as const }) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom<IntentEvent['type']>(
        'submit',
        'recovery_started',
        'recovery_failed',
        'recovered',
        'retry',
        'fallback',
        'offline',
        'online',
        'cancel',
        'discard',
      )
      .map(
        (type): Step => ({
          type: 'plain',
          event:
            type === 'submit'
              ? { type, online: true }
              : type === 'online'
                ? { type, now: 0 }
                : ({ type } as IntentEvent),
        }),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('remote' as const),
      status: fc.constantFrom<IntentStatus>(
        'succeeded',
        'cancelled',
        'discarded',
        'blocked',
        'failed',
        'waiting',
      ),
      delta: fc.integer({ min: -1, max: 2 }),
      problem: problemArbitrary,
    }),
  },
);

describe(`transition: invariants over ${MACHINE_RUNS} random sequences of up to ${MACHINE_STEPS} events`, () => {
  it('holds every invariant after every event', () => {
    let sequences = 0;
    let steps = 0;
    fc.assert(
      fc.property(
        fc.array(stepArbitrary, { maxLength: MACHINE_STEPS, size: 'max' }),
        fc.boolean(),
        fc.boolean(),
        fc.subarray([...PROBLEM_KINDS]),
        (sequence, online, durable, fallbackFor) => {
          sequences++;
          // Every intent starts with its submission; what follows is random.
          let state = transition(
            initialIntentState({ durable, fallbackFor }),
            { type: 'submit', online },
            policy,
          ).state;
          let now = 0;
          let endedBy: string | undefined;
          for (const step of sequence) {
            steps++;
            let event: IntentEvent;
            if (step.type === 'settle') {
              const attempt = step.stale ? state.attempt - 1 : state.attempt;
              event = step.ok
                ? { type: 'succeeded', attempt }
                : failed(attempt, step.problem, now, step.online);
            } else if (step.type === 'tick') {
              now = state.status === 'waiting' ? state.retryAt : now + 1000;
              event = { type: 'timer', at: now };
            } else if (step.type === 'stale-tick') {
              event = { type: 'timer', at: now + 1 };
            } else if (step.type === 'remote') {
              event = {
                type: 'remote',
                attempt: state.attempt + step.delta,
                status: step.status,
                problem: step.problem,
              };
            } else {
              event = step.event.type === 'online' ? { type: 'online', now } : step.event;
            }
            const before = state;
            const { state: after, effects } = transition(before, event, policy);
            state = after;
            const runs = effects.filter((effect) => effect.type === 'run');

            // 1. A run starts only when none is under way, one at a time, with a new attempt number.
            expect(runs.length).toBeLessThanOrEqual(1);
            if (runs.length === 1) {
              expect(isActiveStatus(before.status)).toBe(false);
              expect(runs[0]).toMatchObject({ attempt: before.attempt + 1 });
              expect(isActiveStatus(after.status)).toBe(true);
            }
            // Leaving a run without its result aborts it.
            if (
              isActiveStatus(before.status) &&
              !isActiveStatus(after.status) &&
              event.type !== 'succeeded' &&
              event.type !== 'failed'
            ) {
              expect(effects).toContainEqual({ type: 'abort' });
            }
            // 2. A recovery replays once: a second signal while the replay runs changes nothing.
            if (event.type === 'recovered' && runs.length === 1) {
              expect(transition(after, event, policy).state).toBe(after);
            }
            // 3. Only succeeded, cancelled and discarded end an intent, and each has its own cause.
            if (isFinalStatus(after.status) && !isFinalStatus(before.status)) {
              endedBy = event.type;
              const cause = event.type === 'remote' ? event.status : event.type;
              expect(ENDING_CAUSES[cause] ?? cause).toBe(after.status);
            }
            if (isFinalStatus(before.status)) expect(after).toBe(before);
            // 4. Automatic retries only ever follow a transient problem.
            if (
              effects.some((effect) => effect.type === 'schedule') ||
              (runs.length === 1 && event.type === 'timer')
            ) {
              const kind = after.problem?.kind ?? before.problem?.kind;
              expect(kind && isTransientKind(kind)).toBe(true);
            }
            // 5. Waiting always has a finite time, never before now, and a timer for it.
            if (after.status === 'waiting') {
              expect(Number.isFinite(after.retryAt)).toBe(true);
              expect(after.retryAt).toBeGreaterThanOrEqual(event.type === 'failed' ? event.now : 0);
              if (before.status !== 'waiting')
                expect(effects).toContainEqual({ type: 'schedule', at: after.retryAt });
            }
            if (
              before.status === 'waiting' &&
              after.status !== 'waiting' &&
              runs.length === 0 &&
              !isFinalStatus(after.status) &&
              after.status !== 'offline' &&
              after.status !== 'blocked' &&
              after.status !== 'failed'
            ) {
              throw new Error(`left waiting for ${after.status} without a run`);
            }
            if (before.status === 'waiting' && after.status !== 'waiting' && event.type !== 'timer') {
              expect(effects).toContainEqual({ type: 'unschedule' });
            }
            // Automatic retries stay within the policy.
            expect(after.retries).toBeLessThanOrEqual(policy.maxRetries);
          }
          return endedBy === undefined || isFinalStatus(state.status);
        },
      ),
      { numRuns: MACHINE_RUNS },
    );
    console.info(`[tactful] machine invariants: ${sequences} random sequences, ${steps} events`);
    expect(sequences).toBeGreaterThanOrEqual(MACHINE_RUNS);
  }, 120_000);
});
