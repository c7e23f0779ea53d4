import type { ProviderRules } from './provider-rules';

/** Codes only OpenAI sends (and proxies passing its answers on); their words say what they mean. */
const OWN_CODES = [
  'insufficient_quota',
  'billing_hard_limit_reached',
  'billing_not_active',
  'account_deactivated',
  'unsupported_country_region_territory',
];

export const openai: ProviderRules = {
  id: 'openai',
  hints: ['openai.com'],
  detect: (facts) =>
    facts.header('openai-version') !== undefined || facts.codes.some((code) => OWN_CODES.includes(code)),
  // OpenAI words an empty prepaid balance "You exceeded your current quota" (code `insufficient_quota`),
  // which clients that keep only the message still show; Gemini borrows the words for its own quotas.
  classify: ({ words, text }) =>
    words.has('quota') && !words.has('google') && text.includes('exceeded your current quota')
      ? 'insufficient_funds'
      : undefined,
};
