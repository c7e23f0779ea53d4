import { isTransientKind } from '../problem/kinds';
import type { Problem } from '../problem/problem';

export interface RetryPolicy {
  /** Automatic retries after the first failure. */
  readonly maxRetries: number;
  /** First backoff step; doubles each retry. */
  readonly baseDelayMs: number;
  /** Cap of one backoff step. */
  readonly maxDelayMs: number;
  /** A provider asking for a longer wait than this is not retried automatically: the user decides. */
  readonly maxWaitMs: number;
  /** Injectable for tests; Math.random otherwise. */
  readonly random?: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxWaitMs: 5 * 60_000,
};

/** The provider's wait when it is a usable number of milliseconds. */
function statedWait(problem: Problem): number | undefined {
  const wait = problem.retryAfterMs;
  return typeof wait === 'number' && wait >= 0 && wait !== Number.POSITIVE_INFINITY ? wait : undefined;
}

/**
 * Whether to try again after `failureCount` failed retries (0 after the first failure — the count
 * TanStack Query passes to `retry`). Only transient problems are ever retried — whatever a hand-made
 * problem's `retryable` says — since retrying an empty balance or a revoked key wastes calls and
 * confuses users.
 */
export function shouldRetry(
  problem: Problem,
  failureCount: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): boolean {
  if (!problem.retryable || !isTransientKind(problem.kind)) return false;
  if (!(failureCount < policy.maxRetries)) return false;
  const wait = statedWait(problem);
  return wait === undefined || wait <= policy.maxWaitMs;
}

/**
 * How long to wait before the next try: what the provider asked for when it said, else exponential
 * backoff with full jitter (a random wait between 0 and the capped step), so that many clients
 * refused at once do not come back at once.
 */
export function retryDelay(
  problem: Problem,
  failureCount: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number {
  const wait = statedWait(problem);
  if (wait !== undefined) return Math.min(wait, policy.maxWaitMs);
  const attempt = Number.isFinite(failureCount) ? Math.max(0, Math.floor(failureCount)) : 0;
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt, 30));
  const random = policy.random ?? Math.random;
  return Math.floor(random() * step);
}
