import { type FixtureSet, fixture } from './fixtures';
import type { Reply } from './reply';
import { isJsonObject } from './validate';

/** Whose real "your balance is empty" answer the server sends. */
export const ERROR_SHAPES = ['openai', 'anthropic', 'anthropic-402', 'deepseek', 'openrouter'] as const;
export type ErrorShape = (typeof ERROR_SHAPES)[number];

export const RATE_LIMIT_SHAPES = ['anthropic', 'openai'] as const;
export type RateLimitShape = (typeof RATE_LIMIT_SHAPES)[number];

export const OUTAGE_SHAPES = ['gateway-html', 'anthropic-500'] as const;
export type OutageShape = (typeof OUTAGE_SHAPES)[number];

export const CARD_FAILURES = ['declined', 'authentication_required'] as const;
export type CardFailure = (typeof CARD_FAILURES)[number];

/**
 * `anthropic` is what an empty Anthropic balance really returns (a 400 "credit balance is too low");
 * `anthropic-402` is the 402 `billing_error` its docs describe, which no public capture shows yet.
 */
const EMPTY_BALANCE_FIXTURES = {
  openai: 'openai-insufficient-quota',
  anthropic: 'anthropic-credit-balance-too-low-no-request-id',
  'anthropic-402': 'anthropic-402-billing-error',
  deepseek: 'deepseek-insufficient-balance',
  openrouter: 'openrouter-insufficient-credits-never-purchased',
} as const satisfies Record<ErrorShape, string>;

function fromFixture(
  fixtures: FixtureSet,
  name: Parameters<typeof fixture>[1],
  extraHeaders: Record<string, string> = {},
): Reply {
  const recorded = fixture(fixtures, name);
  return { status: recorded.status, headers: { ...recorded.headers, ...extraHeaders }, body: recorded.body };
}

export function emptyBalanceReply(fixtures: FixtureSet, shape: ErrorShape): Reply {
  return fromFixture(fixtures, EMPTY_BALANCE_FIXTURES[shape]);
}

/**
 * A 429 that asks for `retryAfterSeconds`. Anthropic's recorded body goes with the header set recorded
 * from another real 429, whose reset times are moved to now + the wait so no header contradicts the
 * Retry-After. OpenAI's recorded body says "try again in 1ms" in its message: the header wins for a
 * careful client, which is exactly the trap that shape exists to exercise.
 */
export function rateLimitReply(
  fixtures: FixtureSet,
  shape: RateLimitShape,
  retryAfterSeconds: number,
  now: number,
): Reply {
  if (shape === 'openai') {
    return fromFixture(fixtures, 'openai-rate-limit-code-null', { 'retry-after': String(retryAfterSeconds) });
  }
  const body = fixture(fixtures, 'anthropic-rate-limit-429');
  const recordedHeaders = fixture(fixtures, 'anthropic-rate-limit-429-headers').headers;
  const resetAt = new Date(now + retryAfterSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(recordedHeaders)) {
    headers[name] = /^anthropic-ratelimit-.*-reset$/i.test(name) ? resetAt : value;
  }
  headers['retry-after'] = String(retryAfterSeconds);
  return { status: body.status, headers, body: body.body };
}

export function overloadedReply(fixtures: FixtureSet, retryAfterSeconds: number | null): Reply {
  return fromFixture(
    fixtures,
    'anthropic-overloaded-529',
    retryAfterSeconds === null ? {} : { 'retry-after': String(retryAfterSeconds) },
  );
}

/** `gateway-html` is a proxy's 504 HTML page (not JSON at all); `anthropic-500` is Anthropic's JSON api_error. */
export function outageReply(fixtures: FixtureSet, shape: OutageShape): Reply {
  return fromFixture(
    fixtures,
    shape === 'gateway-html' ? 'anthropic-504-gateway-timeout-html' : 'anthropic-api-error-500',
  );
}

/**
 * Stripe's 402 `card_error`. `authentication_required` is the recorded response. No plain decline was
 * recorded, so `declined` is derived from it following Stripe's documented error object
 * (https://docs.stripe.com/api/errors and /declines/codes): `code: card_declined`, `decline_code:
 * generic_decline`, message "Your card was declined.", plus the documented `doc_url`.
 */
export function cardDeclinedReply(fixtures: FixtureSet, failure: CardFailure): Reply {
  const recorded = fromFixture(fixtures, 'stripe-402-authentication-required-decline');
  if (failure === 'authentication_required') return recorded;
  const recordedError =
    isJsonObject(recorded.body) && isJsonObject(recorded.body.error) ? recorded.body.error : {};
  return {
    ...recorded,
    body: {
      error: {
        ...recordedError,
        code: 'card_declined',
        decline_code: 'generic_decline',
        doc_url: 'https://docs.stripe.com/error-codes/card-declined',
        message: 'Your card was declined.',
        type: 'card_error',
      },
    },
  };
}
