import type { ProviderRules } from './provider-rules';

/**
 * DeepSeek answers in OpenAI's envelope but puts the OpenAI *type* vocabulary in `code`
 * (`"type": "unknown_error", "code": "invalid_request_error"`), so neither field means what it says:
 * its 402 "Insufficient Balance" and 401 "Authentication Fails" are read by the meaning rules and the
 * status. Its terse wordings are what recognise it.
 */
export const deepseek: ProviderRules = {
  id: 'deepseek',
  hints: ['deepseek.com'],
  detect: ({ text }) =>
    (text.includes('authentication fails') || text.includes('insufficient balance')) &&
    /^(authentication fails\b|insufficient balance$)/m.test(text),
};
