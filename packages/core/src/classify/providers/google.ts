import type { ProviderRules } from './provider-rules';

/**
 * Google's reasons (`ErrorInfo.reason`, legacy `errors[].reason`) read as words: API_KEY_INVALID,
 * keyInvalid, userRateLimitExceeded (a rate limit even under PERMISSION_DENIED), BILLING_DISABLED,
 * MODEL_CAPACITY_EXHAUSTED; RetryInfo's `retryDelay` gives the wait. One message needs reading here.
 */
export const google: ProviderRules = {
  id: 'google',
  hints: ['google', 'ai.studio'],
  // Canonical gRPC status names, as Google puts them in `error.status`.
  codes: [
    'RESOURCE_EXHAUSTED',
    'UNAVAILABLE',
    'PERMISSION_DENIED',
    'INVALID_ARGUMENT',
    'FAILED_PRECONDITION',
    'UNAUTHENTICATED',
    'DEADLINE_EXCEEDED',
  ],
  // The bare "Resource (has been) exhausted." names no quota of the caller's: Google documents these
  // 429s as per-minute limits or, when it only asks to try later, shared capacity (Vertex's Dynamic
  // Shared Quota), which no quota increase helps. Messages naming a quota go to the meaning rules.
  classify: ({ codes, text }) =>
    codes.includes('RESOURCE_EXHAUSTED') && /^resource (has been )?exhausted\b./m.test(text)
      ? /try again later/.test(text) && !text.includes('quota')
        ? 'overloaded'
        : 'rate_limited'
      : undefined,
};
