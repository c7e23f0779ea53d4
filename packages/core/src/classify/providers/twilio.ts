import type { ProblemKind } from '../../problem/kinds';
import type { ProviderRules } from './provider-rules';

/** Twilio's numeric error codes (https://www.twilio.com/docs/api/errors). */
const CODES: Readonly<Record<string, ProblemKind>> = {
  // "Account is not active": Twilio suspends an account whose balance reached zero.
  10001: 'insufficient_funds',
  20005: 'insufficient_funds',
  20003: 'auth_invalid',
  20403: 'permission_denied',
  20404: 'not_found',
  20429: 'rate_limited',
  20500: 'outage',
  20503: 'outage',
};

export const twilio: ProviderRules = {
  id: 'twilio',
  // Every Twilio error links its code's page (`more_info`, or `moreInfo` in the Serverless API).
  hints: ['twilio.com'],
  // Numbers are too common to read as Twilio's anywhere else.
  classify: (facts) => {
    if (!facts.words.includes('twilio.com')) return undefined;
    for (const code of facts.codes) {
      const kind = CODES[code];
      if (typeof kind === 'string') return { kind, code };
    }
    return undefined;
  },
};
