import { systemClock } from '../intent/intent.adapters';
import { browserTabs } from '../intent/intent.tabs';
import type { Clock, Logger, RemoteOutcome, TabCoordinator } from '../intent/intent.types';
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

  return {
    read,
    write(record) {
      const stored = read(record.id);
      if (stored?.done) return stored;
      const text = encodeIntentRecord(record);
      if (text === undefined) logger.warn(`tactful: intent ${record.id} is not JSON; kept in memory only`);
      else storage.setItem(prefix + record.id, text);
      return undefined;
    },
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
    claim: (id) => tabs.claim(id),
    post: (outcome: RemoteOutcome) => tabs.post(outcome),
    listen: (listener) => tabs.listen(listener),
    close: () => ownTabs?.close(),
  };
}
