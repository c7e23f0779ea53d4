import { describe, expect, it } from 'vitest';
import type { ProblemKind } from '../problem/kinds';
import { classify } from './classify';

/**
 * Realistic failures that are NOT in the fixture set: other providers' shapes and other wordings of
 * the same meanings. They keep the rules honest about generalising beyond the fixtures' exact text.
 */
const cases: readonly (readonly [
  name: string,
  input: unknown,
  kind: ProblemKind,
  extra?: Record<string, unknown>,
])[] = [
  [
    'Groq TPM limit, OpenAI shape, wait in prose',
    {
      status: 429,
      body: {
        error: {
          message:
            'Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_01` on tokens per minute (TPM): Limit 6000, Used 5916, Requested 1234. Please try again in 11.5s. Visit https://console.groq.com/docs/rate-limits for more information.',
          type: 'tokens',
          code: 'rate_limit_exceeded',
        },
      },
    },
    'rate_limited',
    { retryAfterMs: 11_500, code: 'rate_limit_exceeded' },
  ],
  [
    'OpenAI requests-per-day limit that clears in minutes',
    {
      status: 429,
      body: {
        error: {
          message:
            'Rate limit reached for gpt-4o-mini in organization org-x on requests per day (RPD): Limit 200, Used 200, Requested 1. Please try again in 7m12s.',
          type: 'requests',
          code: 'rate_limit_exceeded',
        },
      },
    },
    'rate_limited',
    { retryAfterMs: 432_000 },
  ],
  [
    'OpenRouter free-model daily cap, resetting tomorrow',
    {
      status: 429,
      headers: {
        'X-RateLimit-Limit': '50',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(Date.now() + 9 * 3_600_000),
      },
      body: {
        error: {
          message:
            'Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day',
          code: 429,
        },
      },
    },
    'quota_exhausted',
    { provider: undefined },
  ],
  [
    'Hugging Face monthly included credits used up',
    {
      status: 402,
      body: {
        error:
          'You have exceeded your monthly included credits for Inference Providers. Subscribe to PRO to get 20x more monthly included credits.',
      },
    },
    'quota_exhausted',
  ],
  [
    'ElevenLabs credits, newer wording, with amounts',
    {
      status: 401,
      body: {
        detail: {
          status: 'quota_exceeded',
          message:
            'This request exceeds your quota of 10000. You have 12 credits remaining, while 100 credits are required for this request.',
        },
      },
    },
    'quota_exhausted',
    { amounts: { balance: { value: 12, unit: 'credits' }, needed: { value: 100, unit: 'credits' } } },
  ],
  [
    'a wallet API stating money',
    {
      status: 402,
      body: { message: 'Insufficient balance: your balance is $0.42 but this request costs $1.50.' },
    },
    'insufficient_funds',
    { amounts: { balance: { minor: 42, currency: 'USD' }, needed: { minor: 150, currency: 'USD' } } },
  ],
  [
    'Together AI credit limit on a 402',
    {
      status: 402,
      body: {
        error: {
          message:
            'Credit limit exceeded. Please navigate to https://api.together.xyz/settings/billing to add credit or upgrade your plan.',
          type: 'credit_limit',
          param: null,
          code: null,
        },
      },
    },
    'insufficient_funds',
  ],
  [
    'LiteLLM proxy budget',
    {
      status: 400,
      body: {
        error: {
          message: 'Budget has been exceeded! Current cost: 0.52, Max budget: 0.5',
          type: 'budget_exceeded',
          code: '400',
        },
      },
    },
    'spending_limit_reached',
  ],
  [
    'Mistral monthly spend cap, message only',
    { status: 429, body: { message: 'You have reached your monthly spending limit.' } },
    'spending_limit_reached',
  ],
  [
    'Bedrock billing behind AccessDeniedException',
    {
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: { httpStatusCode: 403, requestId: 'r-1' },
      message:
        'Model access is denied due to INVALID_PAYMENT_INSTRUMENT:A valid payment instrument must be provided.',
    },
    'billing_inactive',
    { provider: 'aws', status: 403 },
  ],
  [
    'SES per-second sending rate, same exception as the daily quota',
    {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
      message: 'Maximum sending rate exceeded.',
    },
    'rate_limited',
  ],
  [
    'SES daily quota through the SDK',
    {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
      message: 'Daily message quota exceeded.',
    },
    'quota_exhausted',
  ],
  [
    'OpenAI wrong key, with its help link',
    {
      status: 401,
      body: {
        error: {
          message:
            'Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      },
    },
    'auth_invalid',
    { provider: 'openai', code: 'invalid_api_key' },
  ],
  [
    'Perplexity invalid key in a 200-less body',
    { body: { error: { message: 'Invalid API key', type: 'invalid_api_key', code: 401 } } },
    'auth_invalid',
    { status: 401 },
  ],
  [
    'Google API not enabled for the project (SERVICE_DISABLED)',
    {
      status: 403,
      body: {
        error: {
          code: 403,
          message:
            'Generative Language API has not been used in project 123 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123 then retry.',
          status: 'PERMISSION_DENIED',
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'SERVICE_DISABLED' }],
        },
      },
    },
    'permission_denied',
    { provider: 'google' },
  ],
  [
    'Google billing required for a model',
    {
      status: 400,
      body: {
        error: {
          code: 400,
          message: 'This API method requires billing to be enabled. Please enable billing on project 123.',
          status: 'FAILED_PRECONDITION',
        },
      },
    },
    'billing_inactive',
  ],
  [
    'Gemini 503, the common wording',
    {
      status: 503,
      body: {
        error: {
          code: 503,
          message: 'The model is overloaded. Please try again later.',
          status: 'UNAVAILABLE',
        },
      },
    },
    'overloaded',
  ],
  [
    'DeepSeek overloaded',
    {
      status: 503,
      body: {
        error: {
          message: 'The server is overloaded due to high traffic, please try again later',
          type: 'server_error',
        },
      },
    },
    'overloaded',
  ],
  [
    'Anthropic 413 request too large',
    {
      status: 413,
      body: {
        type: 'error',
        error: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' },
      },
    },
    'invalid_request',
  ],
  [
    'Anthropic 404 model',
    { status: 404, body: { type: 'error', error: { type: 'not_found_error', message: 'model: claude-x' } } },
    'not_found',
    { provider: 'anthropic' },
  ],
  [
    'Cloudflare rate-limit page (1015)',
    {
      status: 429,
      body: '<!DOCTYPE html><html><head><title>Access denied | api.example.com used Cloudflare to restrict access</title></head><body><h1>Error 1015</h1><h2>You are being rate limited</h2></body></html>',
    },
    'rate_limited',
  ],
  [
    'Cloudflare origin timeout (524) with an HTML page',
    {
      status: 524,
      body: '<html><head><title>api.example.com | 524: A timeout occurred</title></head></html>',
    },
    'timeout',
  ],
  [
    'IETF RateLimit headers with delta seconds',
    { status: 429, headers: { 'RateLimit-Remaining': '0', 'RateLimit-Reset': '30' }, body: 'Retry later' },
    'rate_limited',
    { retryAfterMs: 30_000 },
  ],
  [
    'OAuth token endpoint',
    { status: 400, body: { error: 'invalid_grant', error_description: 'The refresh token has expired.' } },
    'auth_invalid',
    { code: 'invalid_grant' },
  ],
  [
    'a Rails-style errors array of strings',
    { status: 422, body: { errors: ['Your card was declined.'] } },
    'payment_method_failed',
  ],
  [
    'Replicate throttle with a reset in prose',
    {
      status: 429,
      body: {
        title: 'Request was throttled',
        detail: 'Request was throttled. Your rate limit resets in ~30s.',
        status: 429,
      },
    },
    'rate_limited',
    { retryAfterMs: 30_000 },
  ],
  [
    'Cohere per-minute trial limit (not a quota)',
    {
      status: 429,
      body: { message: 'You are using a Trial key, which is limited to 10 API calls / minute.' },
    },
    'rate_limited',
  ],
  [
    'xAI team without credits, 403',
    {
      status: 403,
      body: {
        code: 'The caller does not have permission to execute the specified operation',
        error:
          "Your newly created team doesn't have any credits yet. You can purchase credits on https://console.x.ai.",
      },
    },
    'insufficient_funds',
  ],
  [
    'Twilio account suspended for a zero balance (20005)',
    {
      status: 401,
      body: {
        code: 20005,
        message: 'Account not active',
        more_info: 'https://www.twilio.com/docs/errors/20005',
        status: 401,
      },
    },
    'insufficient_funds',
    { provider: 'twilio', code: '20005' },
  ],
  [
    'a number that only looks like a Twilio code, elsewhere',
    { status: 400, body: { code: 20005, message: 'Field `name` is too long' } },
    'invalid_request',
  ],
  [
    'a context-size refusal that mentions capacity is the request, not the provider’s load',
    {
      status: 400,
      body: {
        error: {
          message: "This request exceeds the model's context capacity of 128000 tokens.",
          type: 'invalid_request_error',
        },
      },
    },
    'invalid_request',
  ],
  [
    'a provider at capacity',
    {
      status: 503,
      body: { error: { message: "We're currently at capacity. Please try again in a few minutes." } },
    },
    'overloaded',
  ],
  [
    'a model unavailable in the caller’s region',
    { status: 403, body: { error: { message: 'This model is unavailable in your region.' } } },
    'permission_denied',
  ],
  [
    'an account suspended for an overdue invoice',
    {
      status: 403,
      body: { error: { message: 'Your account has been suspended because an invoice is overdue.' } },
    },
    'billing_inactive',
  ],
];

describe('failures beyond the fixtures', () => {
  it.each(cases.map(([name, input, kind, extra]) => ({ name, input, kind, extra: extra ?? {} })))(
    '$name',
    ({ input, kind, extra }) => {
      const problem = classify(input);
      expect(problem.kind).toBe(kind);
      for (const [key, value] of Object.entries(extra))
        expect(problem[key as keyof typeof problem]).toEqual(value);
    },
  );
});
