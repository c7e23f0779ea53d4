import { isProblemKind } from '../problem/kinds';
import { claimLease } from '../storage/lease';
import type { StorageAdapter } from '../storage/storage.types';
import { randomId, systemClock } from './intent.adapters';
import type { Clock, RemoteOutcome, TabCoordinator } from './intent.types';

/** The part of the Web Locks API used here. */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<void> | undefined,
  ): Promise<unknown>;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface BrowserTabsOptions {
  /** Prefix of lock, lease and channel names. Default `tactful`. */
  readonly namespace?: string;
  /** Where leases are written when Web Locks are missing: the storage the intents live in. */
  readonly storage: StorageAdapter;
  readonly clock?: Clock;
  /**
   * How long a lease outlives a tab that vanished without releasing it. Default 2 minutes: a live tab
   * renews its lease every third of that, and browsers slow timers in background tabs.
   */
  readonly leaseMs?: number;
  /** Web Locks; `navigator.locks` by default, `null` to use the storage lease. */
  readonly locks?: LockManagerLike | null;
  /** Opens the channel; `BroadcastChannel` by default, where present. */
  readonly openChannel?: (name: string) => ChannelLike | undefined;
}

const STATUSES: readonly unknown[] = [
  'idle',
  'running',
  'succeeded',
  'blocked',
  'recovering',
  'waiting',
  'offline',
  'degraded',
  'failed',
  'cancelled',
  'discarded',
];

/** A message from the channel, whole or not at all: other code may share the channel name. */
export function readRemoteOutcome(data: unknown, namespace: string): RemoteOutcome | undefined {
  const message = data as Partial<RemoteOutcome> & { ns?: unknown };
  if (typeof message !== 'object' || message === null || message.ns !== namespace) return undefined;
  const { id, attempt, status, kind } = message;
  if (typeof id !== 'string' || !Number.isSafeInteger(attempt) || !STATUSES.includes(status))
    return undefined;
  if (kind !== undefined && !isProblemKind(kind)) return undefined;
  return { id, attempt: attempt as number, status: status as RemoteOutcome['status'], kind };
}

/**
 * Tabs of one origin sharing stored intents: the Web Locks API where present (the browser frees a
 * lock when its tab dies), else a lease with expiry in the shared storage; BroadcastChannel, where
 * present, to tell the other tabs how each run ended. The channel opens on first use, so a runtime
 * that never stores an intent (or runs on a server) holds none.
 */
export function browserTabs(options: BrowserTabsOptions): TabCoordinator & { close(): void } {
  const namespace = options.namespace ?? 'tactful';
  const clock = options.clock ?? systemClock;
  const ttlMs = options.leaseMs ?? 120_000;
  const owner = randomId();
  const scope = globalThis as {
    navigator?: { locks?: LockManagerLike };
    BroadcastChannel?: new (name: string) => ChannelLike;
  };
  const openChannel =
    options.openChannel ??
    ((name: string) => (scope.BroadcastChannel ? new scope.BroadcastChannel(name) : undefined));
  const renewals = new Set<unknown>();
  let channel: ChannelLike | undefined;
  const open = () => {
    try {
      channel ??= openChannel(`${namespace}:intents`);
    } catch {
      // Some sandboxed frames refuse: other tabs then learn outcomes from storage when they claim.
    }
    return channel;
  };

  /** A storage lease, renewed while held so that only a tab that went away loses it. */
  const lease = (name: string) => {
    const claim = () => claimLease(options.storage, name, { owner, now: () => clock.now(), ttlMs });
    const release = claim();
    if (!release) return undefined;
    let timer: unknown;
    const renew = () => {
      renewals.delete(timer);
      timer = clock.setTimeout(() => {
        if (claim()) renew();
      }, ttlMs / 3);
      renewals.add(timer);
    };
    renew();
    return () => {
      clock.clearTimeout(timer);
      renewals.delete(timer);
      release();
    };
  };

  return {
    claim(id) {
      const name = `${namespace}:lock:${id}`;
      const locks = options.locks === undefined ? scope.navigator?.locks : options.locks;
      if (!locks) return Promise.resolve(lease(name));
      return new Promise((resolve) => {
        locks
          .request(name, { ifAvailable: true }, (lock) => {
            // Held until the promise settles, that is until the runtime calls release.
            if (lock) return new Promise<void>((release) => resolve(release));
            resolve(undefined);
            return undefined;
          })
          .catch(() => resolve(lease(name)));
      });
    },
    post(outcome) {
      try {
        open()?.postMessage({ ...outcome, ns: namespace });
      } catch {
        // A closed channel: the record in storage still tells the others.
      }
    },
    listen(listener) {
      const onMessage = (event: { data: unknown }) => {
        const outcome = readRemoteOutcome(event.data, namespace);
        if (outcome) listener(outcome);
      };
      open()?.addEventListener('message', onMessage);
      return () => channel?.removeEventListener('message', onMessage);
    },
    /** Closes the channel and stops renewing leases (they then expire). */
    close() {
      for (const timer of renewals) clock.clearTimeout(timer);
      renewals.clear();
      channel?.close();
      channel = undefined;
    },
  };
}
