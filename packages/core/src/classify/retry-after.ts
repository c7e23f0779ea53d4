import { parseDuration, untilMs } from './duration';
import type { Gathered } from './facts';

/** Waits past a day are typos or clock errors: nobody should be told to come back next month. */
const MAX_WAIT_MS = 864e5;

/** "try again in 20s", "Please retry after 3 seconds", "Expected available in 7 seconds", "reset after 27s". */
export const WAIT_WORDS = ['again', 'retry', 'availab', 'reset', 'submit', 'wait'];
const WAIT_IN_TEXT = /(?:again|retry|available|reset|submit|wait)\D{0,24}?(?=\d)/g;

function fromText({ text, words }: Gathered): number | undefined {
  if (!words.some((word) => WAIT_WORDS.includes(word))) return undefined;
  WAIT_IN_TEXT.lastIndex = 0;
  for (let ms: number | undefined; WAIT_IN_TEXT.test(text); ) {
    ms = parseDuration(text, WAIT_IN_TEXT.lastIndex);
    if (ms !== undefined) return ms;
  }
  return undefined;
}

/**
 * The latest reset among the rate-limit buckets that ran out (or whose remainder is not stated),
 * whatever the scheme: OpenAI and Groq `x-ratelimit-reset-tokens: 6m0s`, Anthropic
 * `anthropic-ratelimit-tokens-reset: <RFC 3339>`, GitHub `x-ratelimit-reset: <epoch seconds>`,
 * OpenRouter (epoch milliseconds), the IETF draft `ratelimit-reset: <seconds>`. Each names its
 * remainder the same way with "remaining" for "reset".
 */
function fromResets(headers: Map<string, string>, now: number): number | undefined {
  let latest: number | undefined;
  for (const [name, value] of headers) {
    if (!name.includes('ratelimit') || !name.includes('reset')) continue;
    const left = headers.get(name.replace('reset', 'remaining'));
    const ms = left !== undefined && Number(left) > 0 ? undefined : untilMs(value, now);
    if (ms !== undefined && !(ms <= (latest ?? -1))) latest = ms;
  }
  return latest;
}

/**
 * How long the provider asked us to wait, from the most explicit place it says so: `retry-after-ms`,
 * `Retry-After` (seconds or HTTP-date), a body field (Google's `RetryInfo.retryDelay`, `retry_after`),
 * the message text, then the rate-limit reset headers. Clamped to a day; absent when nothing says.
 */
export function retryAfterMs(facts: Gathered, now: number): number | undefined {
  const { headers } = facts;
  const exact = Number(headers?.get('retry-after-ms') ?? Number.NaN);
  const retryAfter = headers?.get('retry-after');
  const ms =
    (exact >= 0 ? exact : undefined) ??
    (retryAfter === undefined ? undefined : untilMs(retryAfter, now)) ??
    facts.retryHintMs ??
    fromText(facts) ??
    (headers && fromResets(headers, now));
  return ms === undefined || !(ms >= 0) ? undefined : Math.min(ms, MAX_WAIT_MS);
}
