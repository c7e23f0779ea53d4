import type { ProviderRules } from './provider-rules';

export const github: ProviderRules = {
  id: 'github',
  hints: ['github.com'],
  detect: (facts) => facts.header('x-github-request-id') !== undefined,
  // GitHub sends its primary rate limit as a 403 whose only sure sign is `x-ratelimit-remaining: 0`;
  // other APIs that follow the convention mean the same. (A 429 says so itself, and its words may
  // say more: a daily cap is a quota.)
  classify: (facts) =>
    facts.status === 403 && facts.header('x-ratelimit-remaining') === '0' ? 'rate_limited' : undefined,
};
