import type { ProviderRules } from './provider-rules';

export const openrouter: ProviderRules = {
  id: 'openrouter',
  hints: ['openrouter.ai'],
  // The same 402 "More credits are required" comes from an empty balance (settings/credits) and from
  // the per-key credit limit someone set (settings/keys): only the latter is a spending cap.
  classify: ({ words, text }) =>
    words.includes('openrouter.ai') && text.includes('settings/keys') ? 'spending_limit_reached' : undefined,
};
