// Test doubles for the runtime's adapters: a clock that moves only when told, a network switch, and a
// "browser" of tabs sharing locks and a broadcast channel whose messages arrive when flushed.
import type { Problem } from '../../problem/problem';
import type { StorageAdapter } from '../../storage/storage.types';
import { browserTabs, type ChannelLike, type LockManagerLike } from '../intent.tabs';
import type { Clock, NetworkAdapter, TabCoordinator } from '../intent.types';

export interface ManualClock extends Clock {
  /** Moves time forward, firing due timers in time order (timers they set fire too if due). */
  advance(ms: number): void;
  /** Number of timers set and not yet fired or cleared. */
  pending(): number;
}

export function manualClock(start = 0): ManualClock {
  let now = start;
  let sequence = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const due = (end: number) => {
    let next: [number, { at: number; callback: () => void }] | undefined;
    for (const timer of timers) {
      if (timer[1].at <= end && (!next || timer[1].at < next[1].at)) next = timer;
    }
    return next;
  };
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = ++sequence;
      timers.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (let timer = due(end); timer; timer = due(end)) {
        timers.delete(timer[0]);
        now = Math.max(now, timer[1].at);
        timer[1].callback();
      }
      now = end;
    },
    pending: () => timers.size,
  };
}

export interface NetworkSwitch extends NetworkAdapter {
  set(online: boolean): void;
}

export function networkSwitch(online = true): NetworkSwitch {
  let current = online;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === current) return;
      current = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
}

interface ChannelEnd {
  readonly name: string;
  readonly listeners: Set<(event: { data: unknown }) => void>;
}

/**
 * Tabs of one browser sharing a storage: Web Locks (held until released, freed when the tab goes
 * away) or, for tabs opened with `lease`, the storage lease; and a broadcast channel whose messages
 * wait in a queue until `deliver()`, as they would between processes. Each tab's coordinator is the
 * real `browserTabs` with these as its locks and channel.
 */
export function fakeBrowser(storage: StorageAdapter, clock: Clock) {
  const held = new Map<string, string>();
  const ends = new Set<ChannelEnd>();
  const queue: { from: ChannelEnd; data: unknown }[] = [];
  let tabs = 0;
  return {
    tab(
      mode: 'web-locks' | 'lease' = 'web-locks',
    ): TabCoordinator & { readonly name: string; close(): void } {
      const name = `tab${++tabs}`;
      const mine = new Set<ChannelEnd>();
      const locks: LockManagerLike = {
        request(lock, _options, callback) {
          if (held.has(lock)) return Promise.resolve(callback(null));
          held.set(lock, name);
          return Promise.resolve(callback({ name: lock })).finally(() => {
            if (held.get(lock) === name) held.delete(lock);
          });
        },
      };
      const openChannel = (channel: string): ChannelLike => {
        const end: ChannelEnd = { name: channel, listeners: new Set() };
        ends.add(end);
        mine.add(end);
        return {
          postMessage: (data) => queue.push({ from: end, data: structuredClone(data) }),
          addEventListener: (_type, listener) => end.listeners.add(listener),
          removeEventListener: (_type, listener) => end.listeners.delete(listener),
          close: () => ends.delete(end),
        };
      };
      const coordinator = browserTabs({
        storage,
        clock,
        locks: mode === 'lease' ? null : locks,
        openChannel,
        leaseMs: 30_000,
      });
      return {
        name,
        claim: coordinator.claim,
        post: coordinator.post,
        listen: coordinator.listen,
        /** The tab is gone: its Web Locks are freed, its leases stop renewing, it hears nothing more. */
        close() {
          coordinator.close();
          for (const [lock, owner] of held) if (owner === name) held.delete(lock);
          for (const end of mine) ends.delete(end);
        },
      };
    },
    /** Delivers every queued message to every other open end of the same channel. */
    deliver() {
      for (let message = queue.shift(); message; message = queue.shift()) {
        const { from, data } = message;
        for (const end of [...ends]) {
          if (end !== from && end.name === from.name)
            for (const listener of [...end.listeners]) listener({ data });
        }
      }
    },
    queued: () => queue.length,
  };
}

export const problem = (kind: Problem['kind'], extra: Partial<Problem> = {}): Problem => ({
  kind,
  retryable: ['rate_limited', 'overloaded', 'outage', 'timeout', 'offline'].includes(kind),
  cause: null,
  ...extra,
});

/** Lets every pending promise callback run. */
export const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
