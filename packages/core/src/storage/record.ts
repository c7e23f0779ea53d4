import type { FinalStatus } from '../intent/intent.types';
import { isProblemKind, type ProblemKind } from '../problem/kinds';

export const INTENT_RECORD_VERSION = 1;

/**
 * What is stored for an intent: versioned metadata plus exactly what the app's serializer returned.
 * Once the intent ends, a small record without `data` says how, so a tab that still holds it does
 * not run it again.
 */
export interface IntentRecord {
  readonly v: typeof INTENT_RECORD_VERSION;
  readonly id: string;
  readonly key: string;
  readonly kind: ProblemKind;
  /** Runs started so far in any tab: a tab about to run compares it with its own count. */
  readonly attempt: number;
  /** Epoch ms of the write. */
  readonly at: number;
  readonly data?: unknown;
  /**
   * A tab started run `attempt` and has not written its outcome (it is running, or its tab died):
   * `kind` is still the outcome of the run before.
   */
  readonly running?: boolean | undefined;
  readonly done?: FinalStatus | undefined;
}

/** Runs whose outcome the record holds. */
export const settledAttempts = (record: IntentRecord): number => record.attempt - (record.running ? 1 : 0);

const FINAL: readonly unknown[] = ['succeeded', 'cancelled', 'discarded'];

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Reads a stored record whole or not at all: the record, or why it was skipped. Old, newer,
 * corrupt and foreign data never yield a partly filled record.
 */
export function decodeIntentRecord(raw: string): IntentRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'not JSON';
  }
  if (typeof value !== 'object' || value === null) return 'not a record';
  const record = value as Record<string, unknown>;
  if (record.v !== INTENT_RECORD_VERSION) return `unsupported version ${String(record.v)}`;
  const { id, key, kind, attempt, at, running, done } = record;
  if (typeof id !== 'string' || id === '' || typeof key !== 'string' || key === '') return 'no id or key';
  if (!isProblemKind(kind)) return 'unknown kind';
  if (!isCount(attempt) || typeof at !== 'number' || !Number.isFinite(at)) return 'bad counters';
  if (running !== undefined && (typeof running !== 'boolean' || attempt < 1)) return 'bad run mark';
  if (done !== undefined && !FINAL.includes(done)) return 'bad outcome';
  return record as unknown as IntentRecord;
}

/** JSON text of a record, or undefined when the app's data cannot be written as JSON. */
export function encodeIntentRecord(record: IntentRecord): string | undefined {
  try {
    return JSON.stringify(record);
  } catch {
    return undefined;
  }
}
