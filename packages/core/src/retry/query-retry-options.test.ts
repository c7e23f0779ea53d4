import { describe, expect, it, vi } from 'vitest';
import { createClassifier } from '../classify/classifier';
import type { Problem } from '../problem/problem';
import { queryRetryOptions } from './query-retry-options';
import { DEFAULT_RETRY_POLICY } from './retry';

const rateLimited = {
  status: 429,
  headers: { 'retry-after': '2' },
  body: { error: { message: 'Rate limit reached' } },
};
const outOfCredit = { status: 402, body: { error: { message: 'Insufficient Balance' } } };
const serverDown = { status: 503 };

/** What TanStack Query does with `retry` and `retryDelay`: both get the count of failures so far, from 0. */
function runLikeTanStack(error: unknown, options = queryRetryOptions()): number[] {
  const delays: number[] = [];
  for (let failureCount = 0; options.retry(failureCount, error); failureCount++) {
    delays.push(options.retryDelay(failureCount, error));
  }
  return delays;
}

describe('queryRetryOptions', () => {
  it('retries a rate limit the policy’s number of times, waiting what the provider asked', () => {
    expect(runLikeTanStack(rateLimited)).toEqual([2_000, 2_000, 2_000]);
  });

  it('never retries an empty balance, a bad key or a bad request', () => {
    expect(runLikeTanStack(outOfCredit)).toEqual([]);
    expect(runLikeTanStack({ status: 401 })).toEqual([]);
    expect(runLikeTanStack({ status: 400 })).toEqual([]);
  });

  it('backs off with capped, jittered steps when no wait is stated', () => {
    const options = queryRetryOptions({ policy: { ...DEFAULT_RETRY_POLICY, random: () => 0.5 } });
    expect(runLikeTanStack(serverDown, options)).toEqual([500, 1_000, 2_000]);
  });

  it('takes a custom classifier and classifies each error once for both calls', () => {
    const base = createClassifier();
    const spy = vi.fn((error: unknown): Problem => base(error));
    const options = queryRetryOptions({ classify: spy });
    const error = new TypeError('Failed to fetch');
    options.retry(0, error);
    options.retryDelay(0, error);
    expect(spy).toHaveBeenCalledTimes(1);
    options.retry(0, { status: 500 });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('takes a custom policy', () => {
    const options = queryRetryOptions({ policy: { ...DEFAULT_RETRY_POLICY, maxRetries: 1 } });
    expect(runLikeTanStack(rateLimited, options)).toEqual([2_000]);
  });
});
