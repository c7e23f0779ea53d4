import { connect } from 'node:net';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './http-io';
import { ServerOptionsError } from './server';
import {
  balanceOf,
  call,
  ledgerOf,
  makeFolder,
  rawGet,
  runTask,
  startTestServer,
  type TestServer,
} from './testing';

let harness: TestServer;

beforeEach(async () => {
  harness = await startTestServer({ openingBalanceMinor: 100 });
});

afterEach(async () => {
  await harness.dispose();
});

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return call(harness.server, 'POST', path, {
    key: 'robust',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Writes bytes straight to the socket and reads whatever comes back before the server closes it. */
function rawExchange(bytes: string): Promise<string> {
  const { port } = harness.server;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('bad input never crashes the server', () => {
  it('answers a body that is not JSON with 400', async () => {
    const answer = await post('/api/tasks', '{"task": "Summarize",');
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code: 'invalid_json' } });
  });

  it('answers a body over the cap with 413, whether its length is declared or streamed', async () => {
    const big = JSON.stringify({ task: 'Summarize', input: 'x'.repeat(MAX_BODY_BYTES) });
    const declared = await post('/api/tasks', big);
    expect(declared.status).toBe(413);
    expect(declared.json).toMatchObject({ error: { code: 'body_too_large' } });

    const chunks = [big.slice(0, 40_000), big.slice(40_000)];
    const streamed = await fetch(`${harness.server.url}/api/tasks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'streamed' },
      body: new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await balanceOf(harness.server)).toBe(100);
  });

  it('accepts a body just under the cap', async () => {
    const body = JSON.stringify({ task: 'Summarize', input: 'x'.repeat(20_000) });
    expect(body.length).toBeLessThan(MAX_BODY_BYTES);
    expect((await post('/api/tasks', body)).status).toBe(200);
  });

  it('answers a body sent as a form with 415', async () => {
    const answer = await post('/api/tasks', 'task=Summarize', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(answer.status).toBe(415);
  });

  it('accepts JSON media types with parameters and suffixes', async () => {
    expect(
      (await post('/api/tasks', '{"task":"a"}', { 'content-type': 'application/json; charset=utf-8' }))
        .status,
    ).toBe(200);
    expect(
      (
        await call(harness.server, 'POST', '/api/tasks', {
          key: 'other',
          body: '{"task":"a"}',
          headers: { 'content-type': 'application/vnd.api+json' },
        })
      ).status,
    ).toBe(200);
  });

  it('answers unknown endpoints with 404 and wrong methods with 405 and Allow', async () => {
    const missing = await call(harness.server, 'GET', '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    const wrong = await call(harness.server, 'DELETE', '/api/control');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, PUT');
    expect((await call(harness.server, 'GET', '/api/tasks')).status).toBe(405);
  });

  it('does not mistake inherited object keys for routes', async () => {
    expect((await call(harness.server, 'GET', '/api/__proto__')).status).toBe(404);
    expect((await call(harness.server, 'GET', '/api/constructor')).status).toBe(404);
    expect((await rawGet(harness.server, '/api/balance', {}, 'TOSTRING')).status).toBeGreaterThanOrEqual(400);
  });

  it('answers malformed HTTP with 400 and keeps serving', async () => {
    const reply = await rawExchange('THIS IS NOT HTTP\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await call(harness.server, 'GET', '/api/health')).status).toBe(200);
  });

  it('survives any JSON value sent to any endpoint: a 2xx or 4xx, never more, and no double charge', async () => {
    const endpoints = [
      ['POST', '/api/tasks'],
      ['POST', '/api/recharge'],
      ['PUT', '/api/control'],
      ['PUT', '/api/control/balance'],
      ['POST', '/api/control/reset'],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        fc.oneof(
          fc.jsonValue(),
          fc.record({ task: fc.jsonValue(), input: fc.jsonValue() }, { requiredKeys: [] }),
          fc.record(
            { amount: fc.jsonValue(), card: fc.jsonValue(), balance: fc.jsonValue() },
            { requiredKeys: [] },
          ),
          fc.record({ errorShape: fc.jsonValue(), inject: fc.jsonValue() }, { requiredKeys: [] }),
        ),
        fc.string({ maxLength: 300 }),
        async ([method, path], body, key) => {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (/^[\x21-\x7e]*$/.test(key)) headers['idempotency-key'] = key;
          const answer = await call(harness.server, method, path, { body: JSON.stringify(body), headers });
          expect(answer.status).toBeGreaterThanOrEqual(200);
          expect(answer.status).toBeLessThan(500);
          expect(answer.headers.get('cache-control')).toBe('no-store');
          // An injected outage is a deliberate 5xx and a long latency only slows the run: clear both so
          // the next run measures only its own input.
          await call(harness.server, 'PUT', '/api/control', {
            body: { inject: null, taskLatencyMs: 0, rechargeDelayMs: 0 },
          });
        },
      ),
      { numRuns: 150 },
    );
    expect((await ledgerOf(harness.server)).doubleCharges).toEqual([]);
    expect((await call(harness.server, 'GET', '/api/health')).status).toBe(200);
  }, 60_000);

  it('survives arbitrary text as a body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const answer = await post('/api/tasks', text);
        expect([200, 400, 422, 429]).toContain(answer.status);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe('only loopback', () => {
  it.each(['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.com', '', '127.0.0.1.nip.io'])(
    'refuses to listen on %j',
    async (host) => {
      const folder = await makeFolder();
      await expect(startTestServer({ host }, folder)).rejects.toBeInstanceOf(ServerOptionsError);
    },
  );

  it('listens on ::1 when asked', async () => {
    const v6 = await startTestServer({ host: '::1' });
    try {
      expect(v6.server.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      expect((await call(v6.server, 'GET', '/api/health')).status).toBe(200);
    } finally {
      await v6.dispose();
    }
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const answer = await rawGet(harness.server, '/api/balance', { host: 'attacker.example:4317' });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'forbidden_host' } });
    expect(
      (await rawGet(harness.server, '/api/balance', { host: `localhost:${harness.server.port}` })).status,
    ).toBe(200);
  });

  it('refuses requests from pages served elsewhere, and accepts loopback pages', async () => {
    const foreign = await call(harness.server, 'POST', '/api/control/reset', {
      headers: { origin: 'https://attacker.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.json).toMatchObject({ error: { code: 'forbidden_origin' } });
    const local = await call(harness.server, 'GET', '/api/balance', {
      headers: { origin: 'http://127.0.0.1:5173' },
    });
    expect(local.status).toBe(200);
    expect((await call(harness.server, 'GET', '/api/balance', { headers: { origin: 'null' } })).status).toBe(
      403,
    );
  });
});

describe('shutting down', () => {
  it('abandons a task still running, uncharged, and closes promptly', async () => {
    await call(harness.server, 'PUT', '/api/control', { body: { taskLatencyMs: 30_000 } });
    const pending = runTask(harness.server, 'in-flight').catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await harness.server.close();
    // Far below the task's 30 s: the wait was cut short, not sat out.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await pending).toBeInstanceOf(Error);

    const restarted = await harness.restart();
    harness = restarted;
    expect(await balanceOf(restarted.server)).toBe(100);
  });

  it('can be closed twice', async () => {
    await harness.server.close();
    await expect(harness.server.close()).resolves.toBeUndefined();
  });
});
