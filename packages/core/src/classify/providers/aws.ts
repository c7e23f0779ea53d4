import { read } from '../read';
import type { ProviderRules } from './provider-rules';

/**
 * AWS names its exceptions (SDK v3 `name`, the `x-amzn-ErrorType` header, `__type`) in words the
 * meaning rules read: ServiceQuotaExceeded, Throttling, AccessDenied, ExpiredToken, ModelTimeout.
 * Throttling also covers SES's daily quota ("Daily message quota exceeded") and AccessDenied Bedrock's
 * billing ("invalid payment instrument"): the message's words come first in the rules' order.
 */
export const aws: ProviderRules = {
  id: 'aws',
  hints: ['amazon', 'aws'],
  headers: ['x-amzn-requestid', 'x-amzn-errortype'],
  // The SDK's `$metadata`.
  detect: ({ input }) => read(input, '$metadata') !== undefined,
};
