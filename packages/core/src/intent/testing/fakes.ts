// Test doubles for the runtime's adapters: a clock that moves only when told, a network switch, and a
// "browser" of tabs sharing locks and a broadcast channel whose messages arrive when flushed.
import type { Problem } from '../../problem/problem';
import type { Clock, NetworkAdapter, RemoteOutcome, TabCoordinator } from '../intent.types';

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

/**
 * Tabs of one browser: a lock per name (Web Locks semantics: held until released, freed when the tab
 * goes away) and a channel whose messages wait in a queue until `deliver()`, as they would across
 * processes.
 */
export function fakeBrowser() {
  const held = new Map<string, string>();
  const listeners = new Map<string, Set<(outcome: RemoteOutcome) => void>>();
  const queue: { from: string; outcome: RemoteOutcome }[] = [];
  let tabs = 0;
  return {
    tab(): TabCoordinator & { readonly name: string; close(): void } {
      const name = `tab${++tabs}`;
      const mine = new Set<(outcome: RemoteOutcome) => void>();
      listeners.set(name, mine);
      return {
        name,
        claim(id) {
          if (held.has(id)) return Promise.resolve(undefined);
          held.set(id, name);
          return Promise.resolve(() => {
            if (held.get(id) === name) held.delete(id);
          });
        },
        post(outcome) {
          queue.push({ from: name, outcome: structuredClone(outcome) });
        },
        listen(listener) {
          mine.add(listener);
          return () => mine.delete(listener);
        },
        /** The tab is gone: its locks are freed and it hears nothing more. */
        close() {
          for (const [id, owner] of held) if (owner === name) held.delete(id);
          listeners.delete(name);
        },
      };
    },
    /** Delivers every queued message to every other open tab. */
    deliver() {
      while (queue.length > 0) {
        const message = queue.shift();
        if (!message) break;
        for (const [name, set] of listeners) {
          if (name !== message.from) for (const listener of [...set]) listener(message.outcome);
        }
      }
    },
    queued: () => queue.length,
    isHeld: (id: string) => held.has(id),
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
