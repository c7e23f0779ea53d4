import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { KeyedSerializer, requireIdempotencyKey } from './idempotency';

function requestWith(headers: IncomingMessage['headers']): IncomingMessage {
  return { headers } as IncomingMessage;
}

describe('requireIdempotencyKey', () => {
  it('returns a well-formed key', () => {
    expect(
      requireIdempotencyKey(requestWith({ 'idempotency-key': 'b6f1c1c0-4c7e-4b53-9d4e-2b2f3d3c9a11' })),
    ).toBe('b6f1c1c0-4c7e-4b53-9d4e-2b2f3d3c9a11');
  });

  it.each([
    [undefined, 'missing_idempotency_key'],
    ['', 'missing_idempotency_key'],
    ['x'.repeat(256), 'idempotency_key_too_long'],
    ['tab\there', 'invalid_idempotency_key'],
    ['café', 'invalid_idempotency_key'],
  ])('refuses %j', (key, code) => {
    const request = requestWith(key === undefined ? {} : { 'idempotency-key': key });
    expect(() => requireIdempotencyKey(request)).toThrow(ApiError);
    try {
      requireIdempotencyKey(request);
    } catch (error) {
      expect(error).toMatchObject({ status: 400, code });
    }
  });
});

describe('KeyedSerializer', () => {
  it('runs operations on one key one at a time, in order, and others in parallel', async () => {
    const serializer = new KeyedSerializer();
    const log: string[] = [];
    const step = (name: string, ms: number) => async () => {
      log.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      serializer.run('a', step('a1', 30)),
      serializer.run('a', step('a2', 1)),
      serializer.run('b', step('b1', 5)),
    ]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a2 start')).toBeGreaterThan(log.indexOf('a1 end'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
  });

  it('goes on after a failure and forgets idle keys', async () => {
    const serializer = new KeyedSerializer();
    await expect(serializer.run('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(serializer.run('k', async () => 'after')).resolves.toBe('after');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(serializer.size).toBe(0);
  });
});
