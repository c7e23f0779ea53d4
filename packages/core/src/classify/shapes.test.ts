import { describe, expect, it } from 'vitest';
import { createClassifier } from './classifier';
import { classify } from './classify';

// SDK errors are recognised by shape: these classes mirror what each SDK throws, field for field.

/** openai-node (Stainless): `status`, `error` (the body's `error` object), `headers`, `code`, `type`, `requestID`. */
class OpenAIAPIError extends Error {
  readonly code: unknown;
  readonly param: unknown;
  readonly type: unknown;
  readonly requestID: string | null;
  constructor(
    readonly status: number | undefined,
    readonly error: Record<string, unknown> | undefined,
    readonly headers: Headers | Record<string, string> | undefined,
  ) {
    super(`${status} ${String(error?.message ?? 'status code (no body)')}`);
    this.code = error?.code;
    this.param = error?.param;
    this.type = error?.type;
    this.requestID =
      headers instanceof Headers ? headers.get('x-request-id') : (headers?.['x-request-id'] ?? null);
  }
}

/** anthropic-sdk-typescript: `status`, `error` (the whole body), `headers`, `requestID`; the message is the body as JSON. */
class AnthropicAPIError extends Error {
  readonly requestID: string | null;
  constructor(
    readonly status: number,
    readonly error: unknown,
    readonly headers: Headers,
  ) {
    super(`${status} ${JSON.stringify(error)}`);
    this.requestID = headers.get('request-id');
  }
}

/** Stainless connection errors: fixed messages, no status. */
class APIConnectionError extends Error {
  constructor(cause?: unknown) {
    super('Connection error.', { cause });
  }
}
class APIConnectionTimeoutError extends Error {
  constructor() {
    super('Request timed out.');
  }
}
class APIUserAbortError extends Error {
  constructor() {
    super('Request was aborted.');
  }
}

/** @google/genai: `name: 'ApiError'`, `status`, and the body as JSON in the message. */
class GenAIApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** AWS SDK v3 service exceptions: `name`, `$fault`, `$metadata.httpStatusCode`, sometimes `$retryable`. */
class AwsServiceException extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { httpStatusCode: number; requestId: string; attempts: number };
  readonly $retryable?: { throttling?: boolean };
  constructor(
    name: string,
    message: string,
    status: number,
    extra: { $retryable?: { throttling?: boolean } } = {},
  ) {
    super(message);
    this.name = name;
    this.$fault = status >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: status, requestId: 'c0ffee-aws', attempts: 1 };
    if (extra.$retryable) this.$retryable = extra.$retryable;
  }
}

/** stripe-node: `type` (the class name), `rawType`, `code`, `decline_code`, `statusCode`, `raw`, `requestId`. */
class StripeError extends Error {
  readonly type: string;
  readonly rawType: string;
  readonly code: string | undefined;
  readonly decline_code: string | undefined;
  readonly statusCode: number;
  readonly requestId: string;
  readonly raw: Record<string, unknown>;
  constructor(type: string, raw: Record<string, unknown>, statusCode: number) {
    super(String(raw.message));
    this.type = type;
    this.rawType = String(raw.type);
    this.code = raw.code as string | undefined;
    this.decline_code = raw.decline_code as string | undefined;
    this.statusCode = statusCode;
    this.requestId = 'req_stripe123';
    this.raw = raw;
  }
}

describe('response-like objects', () => {
  it('reads status, headers in any case and a parsed body', () => {
    const problem = classify({
      status: 429,
      headers: { 'Retry-After': '12', 'X-Request-Id': 'req_abc' },
      body: {
        error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' },
      },
    });
    expect(problem).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      status: 429,
      code: 'rate_limit_exceeded',
      retryAfterMs: 12_000,
      requestId: 'req_abc',
      detail: 'Rate limit reached for requests',
    });
  });

  it('reads a Headers object and header arrays', () => {
    expect(classify({ status: 503, headers: new Headers({ 'retry-after': '7' }) }).retryAfterMs).toBe(7_000);
    expect(classify({ status: 503, headers: { 'retry-after': ['9', '10'] } }).retryAfterMs).toBe(9_000);
    expect(classify({ status: 503, headers: [['Retry-After', '11']] }).retryAfterMs).toBe(11_000);
  });

  it('reads JSON text, invalid JSON, HTML pages and server-sent error events', () => {
    const json = classify({ status: 402, body: '{"error":{"message":"Insufficient credits","code":402}}' });
    expect(json).toMatchObject({ kind: 'insufficient_funds', detail: 'Insufficient credits' });

    const truncated = classify({
      status: 400,
      body: '{"error": {"code": "card_declined", "message": "Your card was decl',
    });
    expect(truncated).toMatchObject({ kind: 'payment_method_failed', code: 'card_declined' });

    const html = classify({ status: 502, body: '<html><head><title>502 Bad Gateway</title></head></html>' });
    expect(html).toMatchObject({ kind: 'outage', detail: '502 Bad Gateway' });

    const sse = classify({
      status: 200,
      body: 'event: message_start\ndata: {"type":"message_start"}\n\nevent: error\ndata: {"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}\n\n',
    });
    expect(sse).toMatchObject({ kind: 'rate_limited', provider: 'anthropic' });
  });

  it('reads a fetch Response synchronously by status and headers', () => {
    const response = new Response('{"error":{"message":"slow down"}}', {
      status: 429,
      headers: { 'retry-after': '5' },
    });
    expect(classify(response)).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterMs: 5_000 });
    expect(response.bodyUsed).toBe(false);
  });

  it('keeps the most informative of the provider’s messages as the detail', () => {
    const twilio = {
      status: 401,
      body: { code: 20003, message: 'Authenticate', detail: 'Your AccountSid or AuthToken was incorrect.' },
    };
    expect(classify(twilio).detail).toBe('Your AccountSid or AuthToken was incorrect.');
    const problemJson = {
      status: 403,
      body: {
        title: 'You do not have enough credit.',
        detail: 'Your current balance is 30, but that costs 50.',
      },
    };
    expect(classify(problemJson).detail).toBe('Your current balance is 30, but that costs 50.');
  });

  it('prefers the outer status to one echoed in the body', () => {
    expect(classify({ status: 500, body: { status: 429, title: 'Upstream said' } }).status).toBe(500);
  });

  it('reads axios-style errors through `response.data`', () => {
    const problem = classify({
      isAxiosError: true,
      message: 'Request failed with status code 402',
      response: {
        status: 402,
        headers: { 'x-request-id': 'r1' },
        data: { error: { message: 'Insufficient Balance' } },
      },
    });
    expect(problem).toMatchObject({ kind: 'insufficient_funds', status: 402, requestId: 'r1' });
  });
});

describe('SDK errors, by shape', () => {
  it('OpenAI APIError (v4 plain headers, v5 Headers)', () => {
    const quota = new OpenAIAPIError(
      429,
      {
        message: 'You exceeded your current quota, please check your plan and billing details.',
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
      { 'x-request-id': 'req_1' },
    );
    expect(classify(quota)).toMatchObject({
      kind: 'insufficient_funds',
      retryable: false,
      status: 429,
      provider: 'openai',
      code: 'insufficient_quota',
      requestId: 'req_1',
      detail: 'You exceeded your current quota, please check your plan and billing details.',
    });
    const limited = new OpenAIAPIError(
      429,
      {
        message: 'Rate limit reached for gpt-4o. Please try again in 6m0s.',
        type: 'tokens',
        code: 'rate_limit_exceeded',
      },
      new Headers({
        'x-request-id': 'req_2',
        'x-ratelimit-reset-tokens': '6m0s',
        'x-ratelimit-remaining-tokens': '0',
      }),
    );
    expect(classify(limited)).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      retryAfterMs: 360_000,
      requestId: 'req_2',
    });
  });

  it('Anthropic APIError (the whole body in `error`)', () => {
    const error = new AnthropicAPIError(
      400,
      {
        type: 'error',
        error: {
          type: 'invalid_request_error',
          message: 'Your credit balance is too low to access the Anthropic API.',
        },
      },
      new Headers({ 'request-id': 'req_011abc' }),
    );
    expect(classify(error)).toMatchObject({
      kind: 'insufficient_funds',
      provider: 'anthropic',
      requestId: 'req_011abc',
      detail: 'Your credit balance is too low to access the Anthropic API.',
    });
    const busy = new AnthropicAPIError(
      529,
      { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
      new Headers({ 'retry-after': '3' }),
    );
    expect(classify(busy)).toMatchObject({
      kind: 'overloaded',
      retryable: true,
      retryAfterMs: 3_000,
      code: 'overloaded_error',
    });
  });

  it('@google/genai ApiError (the body as JSON in the message, with or without a prefix)', () => {
    const body = {
      error: {
        code: 429,
        message: 'Resource has been exhausted (e.g. check quota).',
        status: 'RESOURCE_EXHAUSTED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '45s' }],
      },
    };
    for (const message of [
      JSON.stringify(body),
      `got status: 429 Too Many Requests. ${JSON.stringify(body)}`,
    ]) {
      expect(classify(new GenAIApiError(message, 429))).toMatchObject({
        kind: 'rate_limited',
        status: 429,
        provider: 'google',
        retryAfterMs: 45_000,
      });
    }
  });

  it('AWS SDK v3 exceptions (name, $metadata, $retryable)', () => {
    const throttled = new AwsServiceException('ThrottlingException', 'Rate exceeded', 429, {
      $retryable: { throttling: true },
    });
    expect(classify(throttled)).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      provider: 'aws',
      code: 'ThrottlingException',
      requestId: 'c0ffee-aws',
      detail: 'Rate exceeded',
    });
    expect(
      classify(new AwsServiceException('ServiceQuotaExceededException', 'Quota exceeded', 400)).kind,
    ).toBe('quota_exhausted');
    expect(
      classify(
        new AwsServiceException(
          'ExpiredTokenException',
          'The security token included in the request is expired',
          403,
        ),
      ).kind,
    ).toBe('auth_invalid');
    expect(classify(new AwsServiceException('ModelTimeoutException', 'Model has timed out', 408)).kind).toBe(
      'timeout',
    );
    expect(
      classify(new AwsServiceException('InternalServerException', 'Something went wrong', 500)).kind,
    ).toBe('outage');
  });

  it('Stripe errors: a card decline is never the caller’s balance or key', () => {
    const noFunds = new StripeError(
      'StripeCardError',
      {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
      },
      402,
    );
    expect(classify(noFunds)).toMatchObject({
      kind: 'payment_method_failed',
      status: 402,
      provider: 'stripe',
      code: 'card_declined',
    });
    const sca = new StripeError(
      'StripeCardError',
      {
        type: 'card_error',
        code: 'authentication_required',
        decline_code: 'authentication_required',
        message: 'Your card was declined. This transaction requires authentication.',
      },
      402,
    );
    expect(classify(sca).kind).toBe('payment_method_failed');
    const badKey = new StripeError(
      'StripeAuthenticationError',
      { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_***' },
      401,
    );
    expect(classify(badKey).kind).toBe('auth_invalid');
    const locked = new StripeError(
      'StripeRateLimitError',
      {
        type: 'invalid_request_error',
        code: 'lock_timeout',
        message:
          'This object cannot be accessed right now because another API request or Stripe process is currently accessing it.',
      },
      429,
    );
    expect(classify(locked)).toMatchObject({ kind: 'rate_limited', retryable: true });
  });
});

describe('fetch failures', () => {
  const online = createClassifier({ isOnline: () => true });
  const offline = createClassifier({ isOnline: () => false });

  it('a network TypeError is offline when the runtime says so, else an outage', () => {
    for (const message of [
      'Failed to fetch',
      'NetworkError when attempting to fetch resource.',
      'Load failed',
      'Network request failed',
    ]) {
      expect(offline(new TypeError(message)).kind).toBe('offline');
      expect(online(new TypeError(message)).kind).toBe('outage');
    }
    expect(offline(new TypeError('Failed to fetch')).retryable).toBe(true);
  });

  it("reads Node's `fetch failed` by its cause", () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' }),
    });
    expect(online(refused)).toMatchObject({ kind: 'outage', code: 'ECONNREFUSED' });
    const slow = new TypeError('fetch failed', {
      cause: Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' }),
    });
    expect(online(slow).kind).toBe('timeout');
  });

  it('AbortError is aborted; TimeoutError is a timeout', () => {
    expect(classify(new DOMException('This operation was aborted', 'AbortError'))).toMatchObject({
      kind: 'aborted',
      retryable: false,
    });
    expect(
      classify(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    ).toMatchObject({
      kind: 'timeout',
      retryable: true,
    });
  });

  it('reads the SDKs’ connection errors', () => {
    expect(online(new APIConnectionError(new TypeError('fetch failed'))).kind).toBe('outage');
    expect(offline(new APIConnectionError(new TypeError('fetch failed'))).kind).toBe('offline');
    expect(classify(new APIConnectionTimeoutError()).kind).toBe('timeout');
    expect(classify(new APIUserAbortError()).kind).toBe('aborted');
    expect(online({ name: 'AxiosError', code: 'ERR_NETWORK', message: 'Network Error' }).kind).toBe('outage');
    expect(
      classify({ name: 'AxiosError', code: 'ECONNABORTED', message: 'timeout of 1000ms exceeded' }).kind,
    ).toBe('timeout');
    expect(classify({ name: 'CanceledError', code: 'ERR_CANCELED', message: 'canceled' }).kind).toBe(
      'aborted',
    );
  });

  it('leaves a programming TypeError unknown rather than calling it a network failure', () => {
    expect(online(new TypeError("Cannot read properties of undefined (reading 'json')")).kind).toBe(
      'unknown',
    );
  });

  it('never lets a throwing navigator.onLine escape', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', {
      configurable: true,
      get: () => ({
        get onLine(): boolean {
          throw new Error('no');
        },
      }),
    });
    try {
      expect(createClassifier()(new TypeError('Failed to fetch')).kind).toBe('outage');
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'navigator', descriptor);
      else Reflect.deleteProperty(globalThis, 'navigator');
    }
  });
});

describe('GraphQL, RFC 9457 and Google envelopes', () => {
  it('reads errors[].extensions.code in a 200', () => {
    const graphql = (code: string, message = 'x') =>
      classify({ status: 200, body: { data: null, errors: [{ message, extensions: { code } }] } }).kind;
    expect(graphql('UNAUTHENTICATED')).toBe('auth_invalid');
    expect(graphql('FORBIDDEN')).toBe('permission_denied');
    expect(graphql('BAD_USER_INPUT')).toBe('invalid_request');
    expect(graphql('GRAPHQL_VALIDATION_FAILED')).toBe('invalid_request');
    expect(graphql('THROTTLED')).toBe('rate_limited');
    expect(graphql('INTERNAL_SERVER_ERROR')).toBe('outage');
    expect(graphql('SOMETHING_ELSE')).toBe('unknown');
    expect(
      classify({
        status: 200,
        body: {
          errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'x'." }],
        },
      }).kind,
    ).toBe('not_found');
  });

  it('reads RFC 9457 problem details by type, title and detail, whatever the status', () => {
    const problem = classify({
      status: 403,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'https://api.example.com/problems/quota-exceeded',
        title: 'Over quota',
        status: 403,
      }),
    });
    expect(problem).toMatchObject({ kind: 'quota_exhausted', code: 'quota-exceeded' });
  });

  it("reads Google's envelope: a canonical status refined by its reason and RetryInfo", () => {
    const problem = classify({
      status: 400,
      body: {
        error: {
          code: 400,
          message: 'API key expired. Please renew the API key.',
          status: 'INVALID_ARGUMENT',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
              reason: 'API_KEY_EXPIRED',
              domain: 'googleapis.com',
            },
          ],
        },
      },
    });
    expect(problem).toMatchObject({ kind: 'auth_invalid', provider: 'google' });
    const capacity = classify({
      status: 503,
      body: {
        error: {
          code: 503,
          message: 'The model is overloaded. Please try again later.',
          status: 'UNAVAILABLE',
          details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '2.5s' }],
        },
      },
    });
    expect(capacity).toMatchObject({ kind: 'overloaded', retryAfterMs: 2_500 });
  });
});

describe('anything else', () => {
  it('gives a valid, unknown problem for values that say nothing', () => {
    const values: unknown[] = [
      null,
      undefined,
      0,
      42,
      Number.NaN,
      true,
      '',
      'hello',
      Symbol('x'),
      10n,
      () => 1,
      [],
      {},
      new Date(),
      /x/,
    ];
    for (const value of values) {
      expect(classify(value)).toMatchObject({ kind: 'unknown', retryable: false });
      expect(classify(value).cause).toBe(value);
    }
  });

  it('survives cyclic objects, throwing getters, hostile proxies and a 10 MB string', () => {
    const cyclic: Record<string, unknown> = { status: 503 };
    cyclic.error = cyclic;
    cyclic.errors = [cyclic, cyclic];
    expect(classify(cyclic).kind).toBe('outage');

    const getters = {
      get status(): number {
        throw new Error('boom');
      },
      error: { message: 'Too many requests' },
    };
    expect(classify(getters).kind).toBe('rate_limited');

    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('get');
        },
        ownKeys() {
          throw new Error('ownKeys');
        },
        getPrototypeOf() {
          throw new Error('getPrototypeOf');
        },
      },
    );
    expect(classify(proxy).kind).toBe('unknown');
    expect(classify({ status: 429, body: proxy }).kind).toBe('rate_limited');

    const huge = 'x'.repeat(10 * 1024 * 1024);
    const problem = classify({ status: 500, body: huge });
    expect(problem.kind).toBe('outage');
    expect(problem.detail?.length).toBeLessThanOrEqual(1_000);
  });
});
