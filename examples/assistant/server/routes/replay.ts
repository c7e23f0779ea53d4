import { ApiError } from '../api-error';
import type { StoredOutcome } from '../ledger.types';
import type { Reply } from '../reply';

/** Stripe's name for the header that marks an answer as the stored one. */
export const REPLAYED_HEADER = 'idempotent-replayed';

/**
 * The stored answer for a key seen before. The same key with other parameters is a client bug, and
 * replaying the old answer would hide it: 422, as the IETF Idempotency-Key draft recommends.
 */
export function replayStored(stored: StoredOutcome, requestFingerprint: string): Reply {
  if (stored.fingerprint !== requestFingerprint) {
    throw new ApiError(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a request with different parameters. Use a new key for a new request.',
      { param: 'Idempotency-Key' },
    );
  }
  return { status: stored.status, headers: { [REPLAYED_HEADER]: 'true' }, body: stored.body };
}
