import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { initialIntentState } from '../intent/intent.machine';
import type { IntentSnapshot, RemoteOutcome, TabCoordinator } from '../intent/intent.types';
import { manualClock } from '../intent/testing/fakes';
import { intentStore } from './intent-store';
import { claimLease } from './lease';
import { memoryStorage } from './memory';
import { decodeIntentRecord, encodeIntentRecord, type IntentRecord, settledAttempts } from './record';
import { localStorageAdapter, sessionStorageAdapter, webStorage } from './web';

/** A Web Storage whose every method can be made to throw, as quota and privacy modes do. */
function brittleStorage() {
  const items = new Map<string, string>();
  const failing = new Set<string>();
  const guard = (name: string) => {
    if (failing.has(name)) throw new DOMException('refused', 'QuotaExceededError');
  };
  const area = {
    get length() {
      guard('length');
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem(key: string) {
      guard('getItem');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      guard('setItem');
      items.set(key, value);
    },
    removeItem(key: string) {
      guard('removeItem');
      items.delete(key);
    },
    clear: () => items.clear(),
  } as unknown as Storage;
  return { area, items, failing };
}

describe('storage adapters', () => {
  it('memory keeps what it is given, as strings, and lists its keys', () => {
    const storage = memoryStorage();
    storage.setItem('a', '1');
    storage.setItem('b', '2');
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
    expect(storage.getItem('b')).toBe('2');
    expect(storage.keys()).toEqual(['b']);
  });

  it('web storage swallows quota and privacy errors instead of throwing into the runtime', () => {
    const { area, items, failing } = brittleStorage();
    const storage = webStorage(area);
    storage.setItem('k', 'v');
    expect(storage.keys()).toEqual(['k']);
    for (const name of ['getItem', 'setItem', 'removeItem', 'length']) failing.add(name);
    expect(() => storage.setItem('k2', 'v2')).not.toThrow();
    expect(storage.getItem('k')).toBeNull();
    expect(() => storage.removeItem('k')).not.toThrow();
    expect(storage.keys()).toEqual([]);
    expect(items.get('k')).toBe('v');
  });

  it('falls back to memory where localStorage and sessionStorage are missing or refuse access', () => {
    for (const adapter of [localStorageAdapter, sessionStorageAdapter]) {
      const storage = adapter();
      storage.setItem('x', 'y');
      expect(storage.getItem('x')).toBe('y');
    }
    // A sandboxed frame: reading the property itself throws.
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const storage = localStorageAdapter();
      storage.setItem('a', 'b');
      expect(storage.getItem('a')).toBe('b');
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });

  it('uses the real area when the runtime has one', () => {
    const { area, items } = brittleStorage();
    vi.stubGlobal('sessionStorage', area);
    sessionStorageAdapter().setItem('k', 'v');
    vi.unstubAllGlobals();
    expect(items.get('k')).toBe('v');
  });
});

const record: IntentRecord = {
  v: 1,
  id: 'i',
  key: 'k',
  kind: 'insufficient_funds',
  attempt: 2,
  at: 10,
  data: { a: [1] },
};

describe('intent records', () => {
  it('round-trips a record', () => {
    const text = encodeIntentRecord(record);
    expect(text).toBeDefined();
    expect(decodeIntentRecord(text ?? '')).toEqual(record);
    expect(settledAttempts(record)).toBe(2);
    expect(settledAttempts({ ...record, running: true })).toBe(1);
  });

  it('says why it skips a record rather than returning part of one', () => {
    const cases: [unknown, string][] = [
      ['{', 'not JSON'],
      [null, 'not a record'],
      [{ ...record, v: 2 }, 'unsupported version 2'],
      [{ ...record, v: undefined }, 'unsupported version undefined'],
      [{ ...record, id: '' }, 'no id or key'],
      [{ ...record, key: 3 }, 'no id or key'],
      [{ ...record, kind: 'broke' }, 'unknown kind'],
      [{ ...record, attempt: 1.5 }, 'bad counters'],
      [{ ...record, at: 'yesterday' }, 'bad counters'],
      [{ ...record, running: 'yes' }, 'bad run mark'],
      [{ ...record, attempt: 0, running: true }, 'bad run mark'],
      [{ ...record, done: 'exploded' }, 'bad outcome'],
    ];
    for (const [value, reason] of cases) {
      expect(decodeIntentRecord(typeof value === 'string' ? value : JSON.stringify(value))).toBe(reason);
    }
  });

  it('never throws and never returns a record missing a required field, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ ...record, data: value })),
        ),
        (text) => {
          const result = decodeIntentRecord(text);
          if (typeof result === 'string') return;
          expect(typeof result.id).toBe('string');
          expect(typeof result.key).toBe('string');
          expect(Number.isSafeInteger(result.attempt)).toBe(true);
        },
      ),
    );
  });

  it('refuses what JSON cannot hold', () => {
    expect(encodeIntentRecord({ ...record, data: 10n })).toBeUndefined();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(encodeIntentRecord({ ...record, data: circular })).toBeUndefined();
  });
});

describe('claimLease', () => {
  it('grants a free lease, refuses a live one held by another tab, and grants it again once expired', () => {
    const storage = memoryStorage();
    let now = 0;
    const a = { owner: 'a', now: () => now, ttlMs: 1000 };
    const b = { owner: 'b', now: () => now, ttlMs: 1000 };
    const release = claimLease(storage, 'lock', a);
    expect(release).toBeTypeOf('function');
    expect(claimLease(storage, 'lock', b)).toBeUndefined();
    expect(claimLease(storage, 'lock', a)).toBeTypeOf('function');
    now = 1001;
    const taken = claimLease(storage, 'lock', b);
    expect(taken).toBeTypeOf('function');
    // A's release no longer frees what B holds.
    release?.();
    expect(claimLease(storage, 'lock', a)).toBeUndefined();
    taken?.();
    expect(claimLease(storage, 'lock', a)).toBeTypeOf('function');
  });

  it('leaves only the last writer holding it when two tabs wrote at once', () => {
    const storage = memoryStorage();
    const racing = {
      ...storage,
      setItem(key: string, value: string) {
        storage.setItem(key, value);
        // The other tab's write lands right after ours.
        storage.setItem(key, JSON.stringify({ owner: 'b', until: 5000 }));
      },
    };
    expect(claimLease(racing, 'lock', { owner: 'a', now: () => 0, ttlMs: 1000 })).toBeUndefined();
  });

  it('treats a corrupt lease as free, and is granted where storage refuses writes', () => {
    const storage = memoryStorage();
    storage.setItem('lock', 'garbage');
    expect(claimLease(storage, 'lock', { owner: 'a', now: () => 0, ttlMs: 1000 })).toBeTypeOf('function');
    const refusing = { ...memoryStorage(), setItem: () => {} };
    expect(claimLease(refusing, 'lock', { owner: 'a', now: () => 0, ttlMs: 1000 })).toBeTypeOf('function');
  });
});

describe('intentStore: what a runtime asks of it', () => {
  const quietTabs = () => {
    const posted: RemoteOutcome[] = [];
    const tabs: TabCoordinator = {
      claim: async () => () => {},
      post: (outcome) => posted.push(outcome),
      listen: () => () => {},
    };
    return { tabs, posted };
  };
  const blocked = (id: string, attempt: number): IntentSnapshot => ({
    id,
    idempotencyKey: `key-${id}`,
    state: {
      ...initialIntentState({ durable: true }),
      status: 'blocked',
      attempt,
      problem: { kind: 'insufficient_funds', retryable: false, cause: null },
    },
  });

  it('saves what the serializer returns, keeps it for a run mark, and lists what no runtime holds, oldest first', () => {
    const { tabs } = quietTabs();
    const warn = vi.fn();
    const store = intentStore({ storage: memoryStorage(), tabs, logger: { warn } });
    const serialize = vi.fn((input: unknown) => ({ saved: input }));
    expect(store.save(blocked('b', 1), { serialize, input: 2 }, 200, { warn })).toBeUndefined();
    expect(store.save(blocked('a', 1), { serialize, input: 1 }, 100, { warn })).toBeUndefined();
    expect(store.save(blocked('a', 2), { serialize, input: 9 }, 300, { warn }, true)).toBeUndefined();
    expect(serialize).toHaveBeenCalledTimes(2);
    expect(store.read('a')).toMatchObject({
      attempt: 2,
      running: true,
      data: { saved: 1 },
      kind: 'insufficient_funds',
    });
    expect(store.pending(() => false).map((intent) => [intent.id, intent.savedAt])).toEqual([
      ['b', 200],
      ['a', 300],
    ]);
    expect(store.pending((id) => id === 'b').map((intent) => intent.id)).toEqual(['a']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps an intent whose serializer throws in memory only, with a warning', () => {
    const { tabs } = quietTabs();
    const warn = vi.fn();
    const store = intentStore({ storage: memoryStorage(), tabs });
    const serialize = () => {
      throw new Error('circular');
    };
    expect(store.save(blocked('a', 1), { serialize }, 100, { warn })).toBeUndefined();
    expect(store.read('a')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith('tactful: intent a kept in memory only', expect.any(Error));
  });

  it('declines a stored intent once, telling the other tabs, and then refuses to bring it back', () => {
    const { tabs, posted } = quietTabs();
    // Ended records are kept a day from their write, here 400 ms ago at most.
    const store = intentStore({ storage: memoryStorage(), tabs, clock: manualClock(400) });
    const logger = { warn: vi.fn() };
    store.save(blocked('a', 1), { serialize: () => 'data' }, 100, logger);
    store.discard('a', 200);
    store.discard('a', 300);
    store.discard('missing', 300);
    expect(store.read('a')).toMatchObject({ done: 'discarded', at: 200 });
    expect(store.read('a')?.data).toBeUndefined();
    expect(posted).toEqual([{ id: 'a', attempt: 1, status: 'discarded' }]);
    expect(store.pending(() => false)).toEqual([]);
    expect(store.save(blocked('a', 2), { serialize: () => 'again' }, 400, logger)).toBe('discarded');
  });
});
