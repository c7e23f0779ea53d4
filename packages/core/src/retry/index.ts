export type { RetryPolicy } from './retry';
export { DEFAULT_RETRY_POLICY, retryDelay, shouldRetry } from './retry';
