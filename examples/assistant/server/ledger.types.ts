/** Bumped whenever the file's shape changes; a file with another version is moved aside, not guessed at. */
export const LEDGER_SCHEMA_VERSION = 1;

/**
 * `opening` is the seed balance, `adjustment` a balance set directly through the control API (tests of
 * low-balance warnings). Refusals are not entries: nothing was charged.
 */
export type LedgerEntryType = 'opening' | 'charge' | 'recharge' | 'adjustment';

export interface LedgerEntry {
  readonly id: string;
  readonly type: LedgerEntryType;
  /** Signed minor units: a charge is negative, a recharge positive. */
  readonly amountMinor: number;
  readonly balanceAfterMinor: number;
  /** The request's Idempotency-Key for charges and recharges; null for openings and adjustments. */
  readonly idempotencyKey: string | null;
  readonly description: string;
  /** Epoch milliseconds. */
  readonly at: number;
}

/** Which endpoint a key belongs to: the same key sent to /tasks and /recharge names two operations. */
export type OutcomeScope = 'task' | 'recharge';

/** A completed operation's answer, replayed verbatim when its key comes back. */
export interface StoredOutcome {
  /** Hash of the request's parameters: the same key with different parameters is refused, not replayed. */
  readonly fingerprint: string;
  readonly status: number;
  readonly body: unknown;
  readonly entryId: string;
}

export interface LedgerState {
  readonly schemaVersion: typeof LEDGER_SCHEMA_VERSION;
  readonly currency: string;
  readonly balanceMinor: number;
  readonly entries: readonly LedgerEntry[];
  /** Keyed by `${scope}:${idempotencyKey}`. */
  readonly outcomes: Readonly<Record<string, StoredOutcome>>;
  readonly createdAt: number;
  readonly updatedAt: number;
}
