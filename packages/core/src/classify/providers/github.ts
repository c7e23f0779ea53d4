import type { ProviderRules } from './provider-rules';

export const github: ProviderRules = {
  id: 'github',
  hints: ['github.com'],
  headers: ['x-github-request-id'],
  // GitHub sends its primary rate limit as a 403 whose only sure sign is `x-ratelimit-remaining: 0`;
  // other APIs that follow the convention mean the same. (A 429 says so itself, and its words may
  // say more: a daily cap is a quota.)
  classify: ({ status, header }) =>
    status === 403 && header('x-ratelimit-remaining') === '0' ? 'rate_limited' : undefined,
};
