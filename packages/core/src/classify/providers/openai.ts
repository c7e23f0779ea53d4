import type { ProviderRules } from './provider-rules';

export const openai: ProviderRules = {
  id: 'openai',
  hints: ['openai.com'],
  headers: ['openai-version'],
  // Codes only OpenAI sends (and proxies passing its answers on); their words say what they mean.
  codes: [
    'insufficient_quota',
    'billing_hard_limit_reached',
    'billing_not_active',
    'account_deactivated',
    'unsupported_country_region_territory',
  ],
  // OpenAI words an empty prepaid balance "You exceeded your current quota" (code `insufficient_quota`),
  // which clients that keep only the message still show; Gemini borrows the words for its own quotas.
  classify: ({ words, text }) =>
    words.includes('quota') && !words.includes('google') && text.includes('exceeded your current quota')
      ? 'insufficient_funds'
      : undefined,
};
