import { systemClock } from '../intent/intent.adapters';
import { isFinalStatus } from '../intent/intent.machine';
import { browserTabs } from '../intent/intent.tabs';
import type {
  Clock,
  FinalStatus,
  IntentSnapshot,
  IntentSpec,
  Logger,
  PendingIntent,
  RemoteOutcome,
  TabCoordinator,
} from '../intent/intent.types';
import { decodeIntentRecord, encodeIntentRecord, type IntentRecord } from './record';
import type { StorageAdapter } from './storage.types';

/**
 * Where a runtime keeps intents that must survive a reload, and how tabs sharing that place agree:
 * validated records, a lock per intent, and word of each outcome.
 */
export interface IntentStore extends TabCoordinator {
  /** The record, whole and valid, or undefined (a record that is not is skipped with a warning). */
  read(id: string): IntentRecord | undefined;
  /**
   * Writes the record, unless the stored one has ended: an ending is final, so a tab that had not
   * heard of it yet cannot bring the intent back. Returns that ended record when it refuses.
   */
  write(record: IntentRecord): IntentRecord | undefined;
  /** Every valid record, pending or ended; ended ones past their keep time are removed on the way. */
  list(): IntentRecord[];
  /*
   * What a runtime asks of its store. They live here, not in the runtime, so that an app that keeps
   * intents in memory only does not ship them.
   */
  /**
   * Records an intent a runtime holds: what the app's serializer returns (or returned last time: a
   * run mark must not hang on the serializer) and counters; once it has ended, only how. Returns how
   * another tab ended it when the stored record has ended already.
   */
  save(
    intent: IntentSnapshot,
    spec: Pick<IntentSpec<unknown, unknown>, 'serialize' | 'input'>,
    at: number,
    logger: Logger,
    running?: true,
  ): FinalStatus | undefined;
  /** Stored intents not ended that `held` does not claim, oldest first, as `pendingIntents()` lists them. */
  pending(held: (id: string) => boolean): PendingIntent[];
  /** Ends a stored intent that no runtime here holds, and tells the other tabs. */
  discard(id: string, at: number): void;
  close?(): void;
}

export interface IntentStoreOptions {
  /** `localStorageAdapter()` to survive reloads in every tab, `sessionStorageAdapter()` for this tab only, or the app's own. */
  readonly storage: StorageAdapter;
  /** Prefix of keys, locks and channel. Default `tactful`. */
  readonly namespace?: string;
  /** Default: Web Locks or a storage lease, and BroadcastChannel (`browserTabs`). */
  readonly tabs?: TabCoordinator;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** How long the record of how an intent ended stays for tabs that still hold it. Default one day. */
  readonly endedRecordMs?: number;
}

/** Stored intents in any StorageAdapter, shared safely by the tabs that can read it. */
export function intentStore(options: IntentStoreOptions): IntentStore {
  const { storage } = options;
  const namespace = options.namespace ?? 'tactful';
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? console;
  const ownTabs = options.tabs ? undefined : browserTabs({ namespace, storage, clock });
  const tabs = options.tabs ?? (ownTabs as TabCoordinator);
  const prefix = `${namespace}:intent:`;

  const read = (id: string): IntentRecord | undefined => {
    const raw = storage.getItem(prefix + id);
    if (raw === null) return undefined;
    const record = decodeIntentRecord(raw);
    if (typeof record !== 'string' && record.id === id) return record;
    logger.warn(
      `tactful: skipped stored intent ${id}: ${typeof record === 'string' ? record : 'id mismatch'}`,
    );
    return undefined;
  };

  const write = (record: IntentRecord): IntentRecord | undefined => {
    const stored = read(record.id);
    if (stored?.done) return stored;
    const text = encodeIntentRecord(record);
    if (text === undefined) logger.warn(`tactful: intent ${record.id} is not JSON; kept in memory only`);
    else storage.setItem(prefix + record.id, text);
    return undefined;
  };

  const store: IntentStore = {
    read,
    write,
    list() {
      const records: IntentRecord[] = [];
      for (const key of storage.keys()) {
        const record = key.startsWith(prefix) ? read(key.slice(prefix.length)) : undefined;
        if (record?.done && clock.now() - record.at > (options.endedRecordMs ?? 86_400_000)) {
          storage.removeItem(key);
        } else if (record) records.push(record);
      }
      return records;
    },
    save({ id, idempotencyKey: key, state }, { serialize, input }, at, runtimeLogger, running) {
      const { attempt, status, problem } = state;
      const done = isFinalStatus(status) ? status : undefined;
      let data: unknown;
      try {
        data = done ? undefined : serialize && !running ? serialize(input) : read(id)?.data;
      } catch (error) {
        runtimeLogger.warn(`tactful: intent ${id} kept in memory only`, error);
        return undefined;
      }
      const kind = problem?.kind ?? 'unknown';
      return write({ v: 1, id, key, kind, attempt, at, data, running, done })?.done;
    },
    pending: (held) =>
      store
        .list()
        .filter((record) => !record.done && !held(record.id))
        .map(({ id, key, kind, attempt, at, data }) => ({
          id,
          idempotencyKey: key,
          kind,
          attempt,
          savedAt: at,
          data,
        }))
        .sort((a, b) => a.savedAt - b.savedAt),
    discard(id, at) {
      const record = read(id);
      if (!record || record.done) return;
      write({ ...record, data: undefined, at, done: 'discarded' });
      tabs.post({ id, attempt: record.attempt, status: 'discarded' });
    },
    claim: (id) => tabs.claim(id),
    post: (outcome: RemoteOutcome) => tabs.post(outcome),
    listen: (listener) => tabs.listen(listener),
    close: () => ownTabs?.close(),
  };
  return store;
}
