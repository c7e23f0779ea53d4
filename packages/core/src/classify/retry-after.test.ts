import { describe, expect, it } from 'vitest';
import { createClassifier } from './classifier';
import { parseDuration, untilMs } from './duration';

const NOW = Date.parse('2025-06-02T15:14:30Z');
const classify = createClassifier({ now: () => NOW });

const limited = (headers: Record<string, string>, body: unknown = null) =>
  classify({ status: 429, headers, body });

describe('durations as providers write them', () => {
  it.each([
    ['20ms', 20],
    ['1s', 1_000],
    ['45.2s', 45_200],
    ['6m0s', 360_000],
    ['7m12s', 432_000],
    ['1h2m3.5s', 3_723_500],
    ['7 seconds', 7_000],
    ['831.0 seconds', 831_000],
    ['5 minutes', 300_000],
    ['2 hours', 7_200_000],
    ['1 day', 86_400_000],
    ['250 milliseconds', 250],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('reads no unit into words that only start like one', () => {
    expect(parseDuration('3 more times')).toBeUndefined();
    expect(parseDuration('soon')).toBeUndefined();
  });

  it('reads delta seconds, epoch seconds, epoch milliseconds, dates and durations; the past says nothing', () => {
    expect(untilMs('16', NOW)).toBe(16_000);
    expect(untilMs(String(NOW / 1000 + 30), NOW)).toBe(30_000);
    expect(untilMs(String(NOW + 1_500), NOW)).toBe(1_500);
    expect(untilMs('2025-06-02T15:15:48Z', NOW)).toBe(78_000);
    expect(untilMs('Mon, 02 Jun 2025 15:15:00 GMT', NOW)).toBe(30_000);
    expect(untilMs('6m0s', NOW)).toBe(360_000);
    expect(untilMs('2013-08-20T15:41:06Z', NOW)).toBeUndefined();
    expect(untilMs('1377013266', NOW)).toBeUndefined();
    expect(untilMs('soon', NOW)).toBeUndefined();
  });
});

describe('where providers put the wait', () => {
  it('Retry-After in seconds and as an HTTP-date (against the injected clock)', () => {
    expect(limited({ 'Retry-After': '16' }).retryAfterMs).toBe(16_000);
    expect(limited({ 'retry-after': 'Mon, 02 Jun 2025 15:15:30 GMT' }).retryAfterMs).toBe(60_000);
    const later = createClassifier({ now: () => NOW + 50_000 });
    expect(
      later({ status: 429, headers: { 'retry-after': 'Mon, 02 Jun 2025 15:15:30 GMT' } }).retryAfterMs,
    ).toBe(10_000);
  });

  it('retry-after-ms wins over Retry-After', () => {
    expect(limited({ 'retry-after-ms': '1500', 'retry-after': '2' }).retryAfterMs).toBe(1_500);
  });

  it("OpenAI's x-ratelimit-reset-* durations, from the bucket that ran out", () => {
    expect(
      limited({
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': '6m0s',
        'x-ratelimit-remaining-tokens': '1200',
        'x-ratelimit-reset-tokens': '20ms',
      }).retryAfterMs,
    ).toBe(360_000);
    expect(
      limited({ 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '20ms' }).retryAfterMs,
    ).toBe(20);
  });

  it("Anthropic's anthropic-ratelimit-*-reset RFC 3339 times", () => {
    const problem = limited({
      'anthropic-ratelimit-input-tokens-remaining': '0',
      'anthropic-ratelimit-input-tokens-reset': '2025-06-02T15:15:48Z',
      'anthropic-ratelimit-requests-remaining': '3999',
      'anthropic-ratelimit-requests-reset': '2025-06-02T15:14:45Z',
    });
    expect(problem.retryAfterMs).toBe(78_000);
  });

  it("GitHub's x-ratelimit-reset epoch seconds on a 403 with nothing left", () => {
    const problem = classify({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 120) },
      body: {
        message: 'API rate limit exceeded for 203.0.113.1.',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    expect(problem).toMatchObject({ kind: 'rate_limited', provider: 'github', retryAfterMs: 120_000 });
  });

  it("Google's RetryInfo.retryDelay", () => {
    const problem = classify({
      status: 429,
      body: {
        error: {
          code: 429,
          status: 'RESOURCE_EXHAUSTED',
          message: 'Quota exceeded for quota metric requests per minute.',
          details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '45s' }],
        },
      },
    });
    expect(problem.retryAfterMs).toBe(45_000);
  });

  it('the message text', () => {
    expect(limited({}, { error: { message: 'Please try again in 20s.' } }).retryAfterMs).toBe(20_000);
    expect(limited({}, { error: { message: 'Quota exceeded. Please retry in 45.2s.' } }).retryAfterMs).toBe(
      45_200,
    );
    expect(limited({}, 'Rate limited. Please retry after 3 seconds.').retryAfterMs).toBe(3_000);
    expect(limited({}, { message: 'Your rate limit resets in ~30s.' }).retryAfterMs).toBe(30_000);
    expect(limited({}, { message: 'Please try again later.' }).retryAfterMs).toBeUndefined();
  });

  it('prefers headers to the body and the body to the text', () => {
    const body = { error: { message: 'Try again in 9s.', details: [{ retryDelay: '5s' }] } };
    expect(limited({ 'retry-after': '2' }, body).retryAfterMs).toBe(2_000);
    expect(limited({}, body).retryAfterMs).toBe(5_000);
  });

  it('clamps absurd values to a day and ignores nonsense', () => {
    expect(limited({ 'retry-after': '99999999' }).retryAfterMs).toBe(86_400_000);
    expect(limited({ 'retry-after-ms': '1e300' }).retryAfterMs).toBe(86_400_000);
    expect(limited({ 'retry-after': '-5' }).retryAfterMs).toBeUndefined();
    expect(limited({ 'retry-after': 'whenever' }).retryAfterMs).toBeUndefined();
    expect(limited({ 'retry-after-ms': 'NaN' }).retryAfterMs).toBeUndefined();
  });
});

describe('what a wait means', () => {
  it('a quota that can never clear (limit: 0) is not a reason to retry, whatever wait comes with it', () => {
    const problem = classify({
      status: 429,
      body: {
        error: {
          code: 429,
          status: 'RESOURCE_EXHAUSTED',
          message:
            'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro\nPlease retry in 45.2s.',
          details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '45s' }],
        },
      },
    });
    expect(problem).toMatchObject({ kind: 'quota_exhausted', retryable: false, provider: 'google' });
    expect(problem.retryAfterMs).toBeUndefined();
  });

  it('the same quota with a real limit is a rate limit to wait out', () => {
    const problem = classify({
      status: 429,
      body: {
        error: {
          code: 429,
          status: 'RESOURCE_EXHAUSTED',
          message:
            'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 15, model: gemini-2.0-flash\nPlease retry in 25.4s.',
          details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '25s' }],
        },
      },
    });
    expect(problem).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 25_000 });
  });

  it('a quota that resets within the hour is a rate limit; one that resets tomorrow stays a quota', () => {
    const soon = classify({
      status: 429,
      body: { detail: 'Daily quota exhausted. You can submit the request after 49 seconds' },
    });
    expect(soon).toMatchObject({ kind: 'rate_limited', retryAfterMs: 49_000 });
    const tomorrow = classify({
      status: 429,
      body: { message: 'Daily sending limit reached.', retry_after: 41_200 },
    });
    expect(tomorrow).toMatchObject({ kind: 'quota_exhausted', retryable: false, retryAfterMs: 41_200_000 });
  });

  it('keeps no wait for kinds that waiting does not fix', () => {
    const denied = classify({
      status: 403,
      headers: { 'retry-after': '300' },
      body: { message: 'Access denied. If you recently fixed this issue, try again after 5 minutes.' },
    });
    expect(denied).toMatchObject({ kind: 'permission_denied', retryable: false });
    expect(denied.retryAfterMs).toBeUndefined();
  });

  it('honours x-should-retry: false', () => {
    expect(classify({ status: 503, headers: { 'x-should-retry': 'false' } })).toMatchObject({
      kind: 'outage',
      retryable: false,
    });
    expect(classify({ status: 503, headers: { 'x-should-retry': 'true' } }).retryable).toBe(true);
  });
});
