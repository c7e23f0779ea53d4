import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindGroup, PROBLEM_KINDS, type ProblemKind } from '../problem/kinds';
import type { Problem } from '../problem/problem';
import { DEFAULT_RETRY_POLICY, retryDelay, shouldRetry } from './retry';

const problem = (kind: ProblemKind, extra: Partial<Problem> = {}): Problem => ({
  kind,
  retryable: kind === 'rate_limited' || kind === 'overloaded' || kind === 'outage' || kind === 'timeout',
  cause: null,
  ...extra,
});

describe('shouldRetry', () => {
  it('retries transient problems a capped number of times', () => {
    const busy = problem('overloaded');
    expect([0, 1, 2, 3].map((count) => shouldRetry(busy, count))).toEqual([true, true, true, false]);
  });

  it('never retries a problem that is not retryable', () => {
    for (const kind of PROBLEM_KINDS) {
      expect(shouldRetry({ kind, retryable: false, cause: null }, 0)).toBe(false);
    }
  });

  it('never retries a billing, access or request kind, even when a hand-made problem says retryable', () => {
    for (const kind of PROBLEM_KINDS.filter((kind) => kindGroup(kind) !== 'transient')) {
      expect(shouldRetry({ kind, retryable: true, cause: null }, 0)).toBe(false);
    }
  });

  it('leaves a very long requested wait to the user', () => {
    expect(shouldRetry(problem('rate_limited', { retryAfterMs: 60_000 }), 0)).toBe(true);
    expect(shouldRetry(problem('rate_limited', { retryAfterMs: 3_600_000 }), 0)).toBe(false);
  });
});

describe('retryDelay', () => {
  it('honours the wait the provider asked for', () => {
    expect(retryDelay(problem('rate_limited', { retryAfterMs: 20_000 }), 0)).toBe(20_000);
  });

  it('ignores a wait that is not a usable number and backs off instead', () => {
    const half = { ...DEFAULT_RETRY_POLICY, random: () => 0.5 };
    for (const retryAfterMs of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      expect(retryDelay(problem('rate_limited', { retryAfterMs }), 1, half)).toBe(1_000);
      expect(shouldRetry(problem('rate_limited', { retryAfterMs }), 0)).toBe(true);
    }
  });

  it('backs off exponentially with full jitter, capped', () => {
    const top = { ...DEFAULT_RETRY_POLICY, random: () => 0.999999 };
    expect(retryDelay(problem('outage'), 0, top)).toBe(999);
    expect(retryDelay(problem('outage'), 3, top)).toBe(7_999);
    expect(retryDelay(problem('outage'), 50, top)).toBe(29_999);
    expect(retryDelay(problem('outage'), 2, { ...DEFAULT_RETRY_POLICY, random: () => 0 })).toBe(0);
  });

  it('is always a finite, non-negative wait no longer than the policy allows', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double()),
        fc.option(fc.nat(), { nil: undefined }),
        (count, retryAfterMs) => {
          const delay = retryDelay(
            problem('rate_limited', retryAfterMs === undefined ? {} : { retryAfterMs }),
            count,
          );
          expect(Number.isFinite(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.maxWaitMs);
        },
      ),
    );
  });
});
