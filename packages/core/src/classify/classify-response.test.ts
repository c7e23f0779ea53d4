import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClassifier } from './classifier';
import { classifyResponse } from './classify-response';

afterEach(() => {
  vi.useRealTimers();
});

describe('classifyResponse', () => {
  it('reads a JSON body from a clone and leaves the original readable', async () => {
    const response = new Response(
      JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }),
      {
        status: 529,
        headers: { 'content-type': 'application/json', 'retry-after': '4', 'request-id': 'req_1' },
      },
    );
    const problem = await classifyResponse(response);
    expect(problem).toMatchObject({
      kind: 'overloaded',
      status: 529,
      retryAfterMs: 4_000,
      requestId: 'req_1',
      provider: 'anthropic',
    });
    expect(problem.cause).toBe(response);
    expect(await response.json()).toMatchObject({ type: 'error' });
  });

  it('reads any content type: HTML gateway pages, event streams, plain text', async () => {
    const html = new Response('<html><head><title>504 Gateway Time-out</title></head></html>', {
      status: 504,
      headers: { 'content-type': 'text/html' },
    });
    expect(await classifyResponse(html)).toMatchObject({ kind: 'timeout', detail: '504 Gateway Time-out' });
    const sse = new Response(
      'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n',
      {
        status: 200,
        headers: { 'content-type': 'text/event-stream' },
      },
    );
    expect((await classifyResponse(sse)).kind).toBe('overloaded');
    const text = new Response('Insufficient Balance', {
      status: 402,
      headers: { 'content-type': 'text/plain' },
    });
    expect((await classifyResponse(text)).kind).toBe('insufficient_funds');
  });

  it('classifies by status and headers when the body is gone, empty or not text', async () => {
    const used = new Response('{"error":"x"}', { status: 401 });
    await used.text();
    expect((await classifyResponse(used)).kind).toBe('auth_invalid');
    expect(
      (await classifyResponse(new Response(null, { status: 429, headers: { 'retry-after': '2' } })))
        .retryAfterMs,
    ).toBe(2_000);
    const binary = new Response(new Uint8Array([0xff, 0xfe, 0x00, 0x81]), { status: 503 });
    expect((await classifyResponse(binary)).kind).toBe('outage');
  });

  it('reads at most 64 kB of a huge body', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 16_384;
        controller.enqueue(new TextEncoder().encode(`${'x'.repeat(16_383)}\n`));
      },
    });
    const problem = await classifyResponse(new Response(endless, { status: 500 }));
    expect(problem.kind).toBe('outage');
    expect(pulled).toBeLessThan(200_000);
  });

  it('does not wait forever for a body that stalls', async () => {
    vi.useFakeTimers();
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"error": {"message": "Rate limit'));
      },
    });
    const pending = classifyResponse(new Response(stalled, { status: 429 }));
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(pending).resolves.toMatchObject({ kind: 'rate_limited', status: 429 });
  });

  it('takes a custom classifier', async () => {
    const classifier = createClassifier({ rules: [() => 'spending_limit_reached'] });
    expect((await classifyResponse(new Response('{}', { status: 400 }), classifier)).kind).toBe(
      'spending_limit_reached',
    );
  });
});
