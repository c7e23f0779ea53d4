import { classify } from '../classify/classify';
import type { Problem } from '../problem/problem';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelay, shouldRetry } from './retry';

export interface QueryRetryOptionsInput {
  /** Turns a thrown error into a Problem; the built-in `classify` by default (or your `createClassifier()`). */
  readonly classify?: (error: unknown) => Problem;
  readonly policy?: RetryPolicy;
}

/** The `retry` and `retryDelay` options of TanStack Query (and of any loop that counts failures from 0). */
export interface QueryRetryOptions {
  readonly retry: (failureCount: number, error: unknown) => boolean;
  readonly retryDelay: (failureCount: number, error: unknown) => number;
}

/**
 * Retry options that plug straight into TanStack Query:
 * `useQuery({ queryKey, queryFn, ...queryRetryOptions() })`, or `defaultOptions.queries` for all queries.
 * Transient problems are retried with capped, jittered backoff that honours the provider's wait;
 * billing, access and request problems never are. TanStack passes `failureCount` 0 for the first
 * failure to both functions. Each error is classified once for the pair of calls.
 */
export function queryRetryOptions(options: QueryRetryOptionsInput = {}): QueryRetryOptions {
  const toProblem = options.classify ?? classify;
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  let lastError: unknown;
  let lastProblem: Problem | undefined;
  const problemOf = (error: unknown): Problem => {
    if (!lastProblem || !Object.is(error, lastError)) {
      lastError = error;
      lastProblem = toProblem(error);
    }
    return lastProblem;
  };
  return {
    retry: (failureCount, error) => shouldRetry(problemOf(error), failureCount, policy),
    retryDelay: (failureCount, error) => retryDelay(problemOf(error), failureCount, policy),
  };
}
