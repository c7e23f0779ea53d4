export type { QueryRetryOptions, QueryRetryOptionsInput } from './query-retry-options';
export { queryRetryOptions } from './query-retry-options';
export type { RetryPolicy } from './retry';
export { DEFAULT_RETRY_POLICY, retryDelay, shouldRetry } from './retry';
