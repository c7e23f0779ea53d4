import type { IncomingMessage } from 'node:http';
import { badRequest } from './api-error';

/** Stripe's limit: long enough for a UUID or a ULID with a prefix, short enough to store every one. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** Visible ASCII only: a key is compared byte for byte, so spaces and control characters are mistakes. */
const KEY_CHARACTERS = /^[\x21-\x7e]+$/;

export function requireIdempotencyKey(request: IncomingMessage): string {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined || raw === '') {
    throw badRequest(
      'missing_idempotency_key',
      'Send an Idempotency-Key header (for example a UUID) so a retried request is charged only once.',
      'Idempotency-Key',
    );
  }
  // Node joins repeated headers with ", "; two different keys for one request cannot both be honoured.
  const key = Array.isArray(raw) ? raw.join(', ') : raw;
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw badRequest(
      'idempotency_key_too_long',
      `The Idempotency-Key header must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters long.`,
      'Idempotency-Key',
    );
  }
  if (!KEY_CHARACTERS.test(key)) {
    throw badRequest(
      'invalid_idempotency_key',
      'The Idempotency-Key header must be visible ASCII characters without spaces.',
      'Idempotency-Key',
    );
  }
  return key;
}

/**
 * Runs one operation at a time per key, in arrival order. A duplicate that arrives while the first is
 * still running waits for it, then finds its stored outcome, instead of racing it to the ledger.
 */
export class KeyedSerializer {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  get size(): number {
    return this.#tails.size;
  }
}
