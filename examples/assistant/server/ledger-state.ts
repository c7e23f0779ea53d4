import {
  LEDGER_SCHEMA_VERSION,
  type LedgerEntry,
  type LedgerEntryType,
  type LedgerState,
  type OutcomeScope,
  type StoredOutcome,
} from './ledger.types';
import { isCurrencyCode } from './money';
import { isJsonObject } from './validate';

export function outcomeKey(scope: OutcomeScope, idempotencyKey: string): string {
  return `${scope}:${idempotencyKey}`;
}

export function openLedger(currency: string, openingMinor: number, now: number): LedgerState {
  const empty: LedgerState = {
    schemaVersion: LEDGER_SCHEMA_VERSION,
    currency,
    balanceMinor: 0,
    entries: [],
    outcomes: {},
    createdAt: now,
    updatedAt: now,
  };
  return postEntry(empty, {
    type: 'opening',
    amountMinor: openingMinor,
    idempotencyKey: null,
    description: 'Opening balance',
    now,
  }).state;
}

export interface EntryDraft {
  readonly type: LedgerEntryType;
  readonly amountMinor: number;
  readonly idempotencyKey: string | null;
  readonly description: string;
  readonly now: number;
}

/** The one way the balance changes: every change is an entry, so the entries always add up to it. */
export function postEntry(state: LedgerState, draft: EntryDraft): { state: LedgerState; entry: LedgerEntry } {
  const balanceAfterMinor = state.balanceMinor + draft.amountMinor;
  const entry: LedgerEntry = {
    id: `ent_${String(state.entries.length + 1).padStart(6, '0')}`,
    type: draft.type,
    amountMinor: draft.amountMinor,
    balanceAfterMinor,
    idempotencyKey: draft.idempotencyKey,
    description: draft.description,
    at: draft.now,
  };
  return {
    entry,
    state: {
      ...state,
      balanceMinor: balanceAfterMinor,
      entries: [...state.entries, entry],
      updatedAt: draft.now,
    },
  };
}

export function rememberOutcome(state: LedgerState, key: string, outcome: StoredOutcome): LedgerState {
  return { ...state, outcomes: { ...state.outcomes, [key]: outcome } };
}

export function findOutcome(state: LedgerState, key: string): StoredOutcome | undefined {
  return Object.hasOwn(state.outcomes, key) ? state.outcomes[key] : undefined;
}

export interface DoubleCharge {
  readonly type: LedgerEntryType;
  readonly idempotencyKey: string;
  readonly entryIds: readonly string[];
}

/** Entries of one type that share an idempotency key: the bug this whole ledger exists to rule out. */
export function findDoubleCharges(entries: readonly LedgerEntry[]): DoubleCharge[] {
  const groups = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    if (entry.idempotencyKey === null) continue;
    const group = `${entry.type}\u0000${entry.idempotencyKey}`;
    const members = groups.get(group);
    if (members) members.push(entry);
    else groups.set(group, [entry]);
  }
  const doubles: DoubleCharge[] = [];
  for (const members of groups.values()) {
    const [first] = members;
    if (first && first.idempotencyKey !== null && members.length > 1) {
      doubles.push({
        type: first.type,
        idempotencyKey: first.idempotencyKey,
        entryIds: members.map((entry) => entry.id),
      });
    }
  }
  return doubles;
}

const ENTRY_TYPES: readonly string[] = ['opening', 'charge', 'recharge', 'adjustment'];

function isEntry(value: unknown): value is LedgerEntry {
  if (!isJsonObject(value)) return false;
  return (
    typeof value.id === 'string' &&
    typeof value.type === 'string' &&
    ENTRY_TYPES.includes(value.type) &&
    Number.isSafeInteger(value.amountMinor) &&
    Number.isSafeInteger(value.balanceAfterMinor) &&
    (value.idempotencyKey === null || typeof value.idempotencyKey === 'string') &&
    typeof value.description === 'string' &&
    Number.isFinite(value.at)
  );
}

function isOutcome(value: unknown): value is StoredOutcome {
  return (
    isJsonObject(value) &&
    typeof value.fingerprint === 'string' &&
    Number.isSafeInteger(value.status) &&
    'body' in value &&
    typeof value.entryId === 'string'
  );
}

/**
 * Checks a parsed file thoroughly, down to the entries adding up to the balance: a file that fails is
 * reported and set aside rather than half-trusted.
 */
export function parseLedgerState(
  value: unknown,
): { ok: true; state: LedgerState } | { ok: false; reason: string } {
  if (!isJsonObject(value)) return { ok: false, reason: 'the file is not a JSON object' };
  if (value.schemaVersion !== LEDGER_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `schemaVersion is ${JSON.stringify(value.schemaVersion) ?? 'missing'}, expected ${LEDGER_SCHEMA_VERSION}`,
    };
  }
  if (!isCurrencyCode(value.currency)) return { ok: false, reason: 'currency is not a three-letter code' };
  if (!Number.isSafeInteger(value.balanceMinor))
    return { ok: false, reason: 'balanceMinor is not an integer' };
  if (!Array.isArray(value.entries) || !value.entries.every(isEntry)) {
    return { ok: false, reason: 'entries is not a list of ledger entries' };
  }
  if (!isJsonObject(value.outcomes) || !Object.values(value.outcomes).every(isOutcome)) {
    return { ok: false, reason: 'outcomes is not a map of stored outcomes' };
  }
  if (!Number.isFinite(value.createdAt) || !Number.isFinite(value.updatedAt)) {
    return { ok: false, reason: 'createdAt or updatedAt is not a timestamp' };
  }
  const entries: readonly LedgerEntry[] = value.entries;
  let running = 0;
  for (const entry of entries) {
    running += entry.amountMinor;
    if (entry.balanceAfterMinor !== running) {
      return { ok: false, reason: `entry ${entry.id} does not follow from the entries before it` };
    }
  }
  if (running !== value.balanceMinor) {
    return {
      ok: false,
      reason: `the entries add up to ${running}, not to balanceMinor ${String(value.balanceMinor)}`,
    };
  }
  return { ok: true, state: value as unknown as LedgerState };
}
