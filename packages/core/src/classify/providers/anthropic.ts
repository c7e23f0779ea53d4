import type { ProviderRules } from './provider-rules';

/**
 * Anthropic's `error.type`s read as words (`overloaded_error`, `rate_limit_error`, `billing_error`).
 * An empty prepaid balance is NOT `billing_error`: it arrives as a 400 `invalid_request_error` saying
 * "Your credit balance is too low", and the spend limit someone set as "You have reached your
 * specified API usage limits" — both read by the meaning rules.
 */
export const anthropic: ProviderRules = {
  id: 'anthropic',
  hints: ['anthropic.com', 'claude.ai', 'claude.com'],
  headers: ['anthropic-ratelimit-requests-limit'],
  // The envelope `{ "type": "error", "error": { "type": … } }`.
  detect: ({ codes }) => codes[0] === 'error',
};
