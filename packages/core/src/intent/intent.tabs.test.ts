import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../storage/memory';
import { browserNetwork, randomId } from './intent.adapters';
import { browserTabs, type LockManagerLike, readRemoteOutcome } from './intent.tabs';
import type { RemoteOutcome } from './intent.types';
import { manualClock } from './testing/fakes';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readRemoteOutcome', () => {
  const outcome = { ns: 'tactful', id: 'a', attempt: 2, status: 'blocked', kind: 'insufficient_funds' };

  it('takes a well-formed message of its own namespace', () => {
    expect(readRemoteOutcome(outcome, 'tactful')).toEqual({
      id: 'a',
      attempt: 2,
      status: 'blocked',
      kind: 'insufficient_funds',
    });
  });

  it('ignores foreign and malformed messages whole', () => {
    for (const message of [
      null,
      'hello',
      { ...outcome, ns: 'other-app' },
      { ...outcome, id: 5 },
      { ...outcome, attempt: '2' },
      { ...outcome, status: 'exploded' },
      { ...outcome, kind: 'teapot' },
    ]) {
      expect(readRemoteOutcome(message, 'tactful')).toBeUndefined();
    }
  });
});

describe('browserTabs', () => {
  it('tells the other tabs through a real BroadcastChannel, and hears nothing after closing', async () => {
    const storage = memoryStorage();
    const a = browserTabs({ storage, namespace: 'test-channel' });
    const b = browserTabs({ storage, namespace: 'test-channel' });
    const heard: RemoteOutcome[] = [];
    const arrived = new Promise<void>((resolve) => {
      b.listen((outcome) => {
        heard.push(outcome);
        resolve();
      });
    });
    a.post({ id: 'x', attempt: 1, status: 'succeeded' });
    await arrived;
    expect(heard).toEqual([{ id: 'x', attempt: 1, status: 'succeeded', kind: undefined }]);
    a.close();
    b.close();
  });

  it('uses Web Locks where present: one holder at a time, free again on release', async () => {
    const held = new Set<string>();
    const locks: LockManagerLike = {
      request(name, _options, callback) {
        if (held.has(name)) return Promise.resolve(callback(null));
        held.add(name);
        return Promise.resolve(callback({ name })).finally(() => held.delete(name));
      },
    };
    vi.stubGlobal('navigator', { locks });
    const storage = memoryStorage();
    const a = browserTabs({ storage, openChannel: () => undefined });
    const b = browserTabs({ storage, openChannel: () => undefined });
    const release = await a.claim('i');
    expect(release).toBeTypeOf('function');
    expect(await b.claim('i')).toBeUndefined();
    release?.();
    await Promise.resolve();
    await Promise.resolve();
    expect(await b.claim('i')).toBeTypeOf('function');
    // Nothing was written to storage: Web Locks need no lease.
    expect(storage.keys()).toEqual([]);
  });

  it('falls back to the storage lease when Web Locks refuse (opaque origins), and renews it while held', async () => {
    const locks: LockManagerLike = { request: () => Promise.reject(new DOMException('no', 'SecurityError')) };
    const storage = memoryStorage();
    const clock = manualClock(0);
    const a = browserTabs({ storage, clock, locks, leaseMs: 3000, openChannel: () => undefined });
    const b = browserTabs({ storage, clock, locks, leaseMs: 3000, openChannel: () => undefined });
    const release = await a.claim('i');
    expect(release).toBeTypeOf('function');
    clock.advance(10_000);
    expect(await b.claim('i')).toBeUndefined();
    release?.();
    expect(clock.pending()).toBe(0);
    expect(await b.claim('i')).toBeTypeOf('function');
    // A tab that goes away stops renewing, and its lease expires.
    b.close();
    clock.advance(3001);
    expect(await a.claim('i')).toBeTypeOf('function');
  });

  it('survives a channel that cannot be opened', () => {
    const tabs = browserTabs({
      storage: memoryStorage(),
      openChannel: () => {
        throw new DOMException('no', 'SecurityError');
      },
    });
    expect(() => tabs.post({ id: 'x', attempt: 1, status: 'cancelled' })).not.toThrow();
    expect(() => tabs.listen(() => {})()).not.toThrow();
    tabs.close();
  });
});

describe('adapters', () => {
  it('reports online, and never changes, where there is no navigator or window', () => {
    const network = browserNetwork();
    expect(network.isOnline()).toBe(true);
    expect(() => network.subscribe(() => {})()).not.toThrow();
  });

  it('follows navigator.onLine and the online and offline events where present', () => {
    const target = new EventTarget();
    vi.stubGlobal('navigator', { onLine: false });
    vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
    vi.stubGlobal('removeEventListener', target.removeEventListener.bind(target));
    const network = browserNetwork();
    expect(network.isOnline()).toBe(false);
    const heard: boolean[] = [];
    const stop = network.subscribe((online) => heard.push(online));
    target.dispatchEvent(new Event('online'));
    target.dispatchEvent(new Event('offline'));
    stop();
    target.dispatchEvent(new Event('online'));
    expect(heard).toEqual([true, false]);
  });

  it('makes ids with crypto.randomUUID where present and unique ids without it', () => {
    expect(randomId()).toMatch(/^[0-9a-f-]{36}$/);
    vi.stubGlobal('crypto', undefined);
    const ids = new Set(Array.from({ length: 1000 }, randomId));
    expect(ids.size).toBe(1000);
  });
});
