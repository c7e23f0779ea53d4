import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { money } from '../money/money';
import type { Problem } from '../problem/problem';
import type {
  BalanceMonitorEvents,
  BalanceMonitorOptions,
  BalanceReading,
  PageVisibility,
  PageVisibilityEvent,
} from './balance.types';
import { createBalanceMonitor } from './monitor';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = 1_700_000_000_000;
const usd = (major: number) => money(major, 'USD');

/** A clock and timers that move only when the test says so. */
function fakeTime() {
  let now = T0;
  let nextId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    clock: { now: () => now },
    scheduler: {
      setTimeout(fn: () => void, ms: number) {
        nextId += 1;
        timers.set(nextId, { at: now + Math.max(0, ms), fn });
        return nextId;
      },
      clearTimeout(handle: unknown) {
        timers.delete(handle as number);
      },
    },
    flush,
    /** Moves time forward, firing due timers in order and letting promises settle after each. */
    async advance(ms: number) {
      await flush();
      const end = now + ms;
      for (;;) {
        let due: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await flush();
      }
      now = end;
      await flush();
    },
    get now() {
      return now;
    },
    timerCount: () => timers.size,
  };
}

function fakeVisibility(visible = true) {
  let isVisible = visible;
  const listeners = new Set<(event: PageVisibilityEvent) => void>();
  const adapter: PageVisibility = {
    isVisible: () => isVisible,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const send = (event: PageVisibilityEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  return {
    adapter,
    hide() {
      isVisible = false;
      send('hidden');
    },
    show() {
      isVisible = true;
      send('visible');
    },
    focus: () => send('focus'),
    listenerCount: () => listeners.size,
  };
}

/** A balance source the test answers by hand, which counts reads running at once. */
function manualReader() {
  const calls: {
    signal: AbortSignal;
    resolve: (reading: unknown) => void;
    reject: (error: unknown) => void;
  }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const read = (signal: AbortSignal) =>
    new Promise<BalanceReading>((resolve, reject) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      const done = () => {
        running -= 1;
      };
      calls.push({
        signal,
        resolve: (reading) => {
          done();
          resolve(reading as BalanceReading);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
    });
  return {
    read,
    calls,
    get running() {
      return running;
    },
    get mostAtOnce() {
      return mostAtOnce;
    },
    /** Answers the oldest unanswered call. */
    answer(reading: unknown) {
      const call = calls.find((c) => !('answered' in c));
      if (!call) throw new Error('no read to answer');
      Object.assign(call, { answered: true });
      call.resolve(reading);
    },
    fail(error: unknown) {
      const call = calls.find((c) => !('answered' in c));
      if (!call) throw new Error('no read to fail');
      Object.assign(call, { answered: true });
      call.reject(error);
    },
  };
}

/** A balance source that answers at once from a list of balances (major USD), repeating the last. */
function listReader(balances: readonly (number | BalanceReading | Error)[]) {
  let index = 0;
  const read = async (): Promise<BalanceReading> => {
    const next = balances[Math.min(index, balances.length - 1)];
    index += 1;
    if (next instanceof Error) throw next;
    return typeof next === 'number' ? { balance: usd(next) } : (next as BalanceReading);
  };
  return { read, count: () => index };
}

const transient = (error: unknown): Problem => ({ kind: 'outage', retryable: true, cause: error });
const permanent = (error: unknown): Problem => ({ kind: 'auth_invalid', retryable: false, cause: error });

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function setup(overrides: Partial<BalanceMonitorOptions> & Pick<BalanceMonitorOptions, 'read'>) {
  const time = fakeTime();
  const page = fakeVisibility();
  const monitor = createBalanceMonitor({
    thresholds: { low: usd(10), critical: usd(2) },
    interval: MINUTE,
    clock: time.clock,
    scheduler: time.scheduler,
    visibility: page.adapter,
    ...overrides,
  });
  cleanups.push(() => monitor.stop());
  const events: { [E in keyof BalanceMonitorEvents]: BalanceMonitorEvents[E][] } = {
    level_changed: [],
    recovered: [],
    runway_below: [],
    read_failed: [],
  };
  for (const name of Object.keys(events) as (keyof BalanceMonitorEvents)[]) {
    monitor.on(name, (payload) => (events[name] as unknown[]).push(payload));
  }
  return { time, page, monitor, events };
}

describe('createBalanceMonitor: reading and polling', () => {
  it('does nothing until started, then reads at once and on every interval', async () => {
    const source = listReader([50, 49, 48]);
    const { time, monitor } = setup({ read: source.read });
    await time.advance(10 * MINUTE);
    expect(source.count()).toBe(0);
    expect(monitor.getSnapshot()).toMatchObject({ balance: null, level: null, loading: false });

    monitor.start();
    await time.flush();
    expect(source.count()).toBe(1);
    expect(monitor.getSnapshot()).toMatchObject({ balance: usd(50), asOf: T0 + 10 * MINUTE, level: 'ok' });
    await time.advance(MINUTE - 1);
    expect(source.count()).toBe(1);
    await time.advance(1);
    expect(source.count()).toBe(2);
    await time.advance(MINUTE);
    expect(monitor.getSnapshot().balance).toEqual(usd(48));
  });

  it('shows loading while a read is under way', async () => {
    const source = manualReader();
    const { time, monitor } = setup({ read: source.read });
    monitor.start();
    await time.flush();
    expect(monitor.getSnapshot().loading).toBe(true);
    source.answer({ balance: usd(20) });
    await time.flush();
    expect(monitor.getSnapshot()).toMatchObject({ loading: false, balance: usd(20) });
  });

  it('joins a refresh to the read under way instead of starting another', async () => {
    const source = manualReader();
    const { time, monitor } = setup({ read: source.read });
    monitor.start();
    const first = monitor.refresh();
    const second = monitor.refresh();
    expect(first).toBe(second);
    await time.advance(5 * MINUTE);
    expect(source.calls).toHaveLength(1);
    source.answer({ balance: usd(20) });
    expect((await first).balance).toEqual(usd(20));
    expect(source.mostAtOnce).toBe(1);
  });

  it('refreshes on demand even when not started, without starting to poll', async () => {
    const source = listReader([30]);
    const { time, monitor } = setup({ read: source.read });
    const snapshot = await monitor.refresh();
    expect(snapshot.balance).toEqual(usd(30));
    await time.advance(HOUR);
    expect(source.count()).toBe(1);
  });

  it('pauses while the page is hidden and reads again when it comes back', async () => {
    const source = listReader([30]);
    const { time, page, monitor } = setup({ read: source.read });
    monitor.start();
    await time.flush();
    page.hide();
    await time.advance(HOUR);
    expect(source.count()).toBe(1);
    page.show();
    await time.flush();
    expect(source.count()).toBe(2);
    await time.advance(MINUTE);
    expect(source.count()).toBe(3);
  });

  it('does not read on start while the page is hidden', async () => {
    const source = listReader([30]);
    const time = fakeTime();
    const page = fakeVisibility(false);
    const monitor = createBalanceMonitor({
      read: source.read,
      thresholds: { low: usd(10) },
      clock: time.clock,
      scheduler: time.scheduler,
      visibility: page.adapter,
    });
    monitor.start();
    await time.advance(HOUR);
    expect(source.count()).toBe(0);
    page.show();
    await time.flush();
    expect(source.count()).toBe(1);
    monitor.stop();
  });

  it('refreshes on focus only when the last read is not fresh', async () => {
    const source = listReader([30]);
    const { time, page, monitor } = setup({ read: source.read, wakeRefreshAfterMs: 5_000 });
    monitor.start();
    await time.flush();
    await time.advance(4_000);
    page.focus();
    await time.flush();
    expect(source.count()).toBe(1);
    await time.advance(2_000);
    page.focus();
    await time.flush();
    expect(source.count()).toBe(2);
    // Coming back quickly after hiding resumes the schedule rather than reading at once.
    page.hide();
    await time.advance(1_000);
    page.show();
    await time.flush();
    expect(source.count()).toBe(2);
    await time.advance(MINUTE);
    expect(source.count()).toBe(3);
  });

  it('stops polling, listening and reading when stopped, keeping what it knows', async () => {
    const source = manualReader();
    const { time, page, monitor } = setup({ read: source.read });
    monitor.start();
    await time.flush();
    source.answer({ balance: usd(20) });
    await time.advance(MINUTE);
    expect(source.calls).toHaveLength(2);
    monitor.stop();
    expect(source.calls[1]?.signal.aborted).toBe(true);
    expect(page.listenerCount()).toBe(0);
    expect(time.timerCount()).toBe(0);
    source.answer({ balance: usd(1) }); // the aborted read answers anyway: ignored
    await time.advance(HOUR);
    expect(monitor.getSnapshot()).toMatchObject({ balance: usd(20), loading: false });
    expect(source.calls).toHaveLength(2);
  });

  it('after a stop, a refresh waits for the aborted read to settle rather than overlap it', async () => {
    const source = manualReader();
    const { time, monitor } = setup({ read: source.read });
    monitor.start();
    await time.flush();
    monitor.stop();
    const refreshed = monitor.refresh();
    await time.flush();
    expect(source.calls).toHaveLength(1);
    source.answer({ balance: usd(99) }); // the stopped read: ignored
    await time.flush();
    expect(source.calls).toHaveLength(2);
    source.answer({ balance: usd(42) });
    expect((await refreshed).balance).toEqual(usd(42));
    expect(source.mostAtOnce).toBe(1);
  });

  it('picks the schedule up when started again while a stopped read is still settling', async () => {
    const source = manualReader();
    const { time, monitor } = setup({ read: source.read });
    monitor.start();
    await time.flush();
    monitor.stop();
    monitor.start();
    await time.flush();
    expect(source.calls).toHaveLength(1);
    source.answer({ balance: usd(99) });
    await time.flush();
    expect(source.calls).toHaveLength(2);
    source.answer({ balance: usd(42) });
    await time.advance(MINUTE);
    expect(source.calls).toHaveLength(3);
    expect(monitor.getSnapshot().balance).toEqual(usd(42));
  });

  it('does nothing more when started twice', async () => {
    const source = listReader([30]);
    const { time, page, monitor } = setup({ read: source.read });
    monitor.start();
    monitor.start();
    await time.flush();
    expect(source.count()).toBe(1);
    expect(page.listenerCount()).toBe(1);
  });
});

describe('createBalanceMonitor: readings', () => {
  it('uses the reading’s asOf, but never one from the future', async () => {
    const source = listReader([
      { balance: usd(30), asOf: T0 - 5 * MINUTE },
      { balance: usd(29), asOf: T0 + 10 * HOUR },
    ]);
    const { time, monitor } = setup({ read: source.read });
    await monitor.refresh();
    expect(monitor.getSnapshot().asOf).toBe(T0 - 5 * MINUTE);
    await time.advance(MINUTE);
    await monitor.refresh();
    expect(monitor.getSnapshot().asOf).toBe(T0 + MINUTE);
  });

  it('keeps the newer balance when a reading is older than what it shows', async () => {
    const source = listReader([
      { balance: usd(30), asOf: T0 },
      { balance: usd(45), asOf: T0 - HOUR },
    ]);
    const { monitor } = setup({ read: source.read });
    await monitor.refresh();
    await monitor.refresh();
    expect(monitor.getSnapshot()).toMatchObject({ balance: usd(30), asOf: T0 });
  });

  it('treats a reading that is not a balance as a failed read, keeping the last good one', async () => {
    const source = listReader([
      30,
      { balance: { minor: '12', currency: 'USD' } } as unknown as BalanceReading,
    ]);
    const { monitor, events } = setup({ read: source.read, classify: permanent });
    await monitor.refresh();
    await monitor.refresh();
    expect(monitor.getSnapshot().balance).toEqual(usd(30));
    expect(events.read_failed[0]?.problem.cause).toBeInstanceOf(TypeError);
  });

  it('starts over when the currency changes: no recovery or runway across currencies', async () => {
    const source = listReader([{ balance: usd(1) }, { balance: money(500, 'eur') }]);
    const { monitor, events } = setup({ read: source.read });
    await monitor.refresh();
    await monitor.refresh();
    expect(monitor.getSnapshot()).toMatchObject({
      balance: money(500, 'EUR'),
      level: 'ok',
      samples: [{ minor: 50_000 }],
    });
    expect(events.recovered).toHaveLength(0);
    expect(events.level_changed.map((e) => [e.from, e.to])).toEqual([
      [null, 'critical'],
      [null, 'ok'],
    ]);
  });

  it('takes a saved history to estimate the runway at once', async () => {
    const samples = [0, 1, 2, 3].map((hour) => ({
      at: T0 - (4 - hour) * HOUR,
      minor: 3_000 - hour * 100,
      readings: 1,
    }));
    const source = listReader([{ balance: { minor: 2_600, currency: 'USD' } }]);
    const { monitor } = setup({ read: source.read, samples });
    await monitor.refresh();
    expect(monitor.getSnapshot().runway).toMatchObject({ status: 'estimate', days: 2_600 / 2_400 });
  });
});

describe('createBalanceMonitor: failures', () => {
  it('keeps the last balance, reports the classified problem and retries quickly for transient ones', async () => {
    const source = listReader([30, new Error('502'), new Error('502'), 28]);
    const { time, monitor, events } = setup({
      read: source.read,
      classify: transient,
      retryPolicy: {
        maxRetries: 3,
        baseDelayMs: 1_000,
        maxDelayMs: 30_000,
        maxWaitMs: 300_000,
        random: () => 0.5,
      },
    });
    monitor.start();
    await time.flush();
    await time.advance(MINUTE);
    expect(monitor.getSnapshot()).toMatchObject({
      balance: usd(30),
      error: { failures: 1, at: T0 + MINUTE, retryAt: T0 + MINUTE + 500 },
    });
    expect(events.read_failed).toEqual([
      { problem: expect.objectContaining({ kind: 'outage' }), failures: 1, retryInMs: 500 },
    ]);
    await time.advance(500);
    expect(events.read_failed[1]).toMatchObject({ failures: 2, retryInMs: 1_000 });
    await time.advance(1_000);
    expect(source.count()).toBe(4);
    expect(monitor.getSnapshot()).toMatchObject({ balance: usd(28), error: null });
  });

  it('backs off, doubling up to the cap, when retrying cannot help soon', async () => {
    const source = listReader([new Error('401')]);
    const { time, monitor, events } = setup({
      read: source.read,
      classify: permanent,
      maxBackoffMs: 5 * MINUTE,
    });
    monitor.start();
    await time.advance(HOUR);
    expect(events.read_failed.map((e) => e.retryInMs)).toEqual([
      MINUTE,
      2 * MINUTE,
      4 * MINUTE,
      ...Array(11).fill(5 * MINUTE), // 14 reads: at 0, 1, 3, 7, 12, 17 … 57 minutes
    ]);
  });

  it('honours a Retry-After longer than the retry policy waits for', async () => {
    const source = listReader([new Error('429')]);
    const { time, monitor, events } = setup({
      read: source.read,
      classify: (error) => ({ kind: 'rate_limited', retryable: true, retryAfterMs: 2 * HOUR, cause: error }),
    });
    monitor.start();
    await time.flush();
    expect(events.read_failed[0]?.retryInMs).toBe(2 * HOUR);
    await time.advance(2 * HOUR - 1);
    expect(source.count()).toBe(1);
  });

  it('does not cut a back-off short when the page comes back', async () => {
    const source = listReader([new Error('401'), 30]);
    const { time, page, monitor } = setup({ read: source.read, classify: permanent });
    monitor.start();
    await time.flush();
    page.hide();
    await time.advance(10_000);
    page.show();
    page.focus();
    await time.flush();
    expect(source.count()).toBe(1);
    await time.advance(MINUTE);
    expect(source.count()).toBe(2);
  });

  it('uses the core classifier by default, and survives a classifier that throws', async () => {
    const source = listReader([new Error('boom')]);
    const { monitor } = setup({ read: source.read });
    await monitor.refresh();
    expect(monitor.getSnapshot().error?.problem).toMatchObject({ cause: expect.any(Error) });
    const throwing = setup({
      read: source.read,
      classify: () => {
        throw new Error('classifier bug');
      },
    });
    await throwing.monitor.refresh();
    expect(throwing.monitor.getSnapshot().error?.problem).toMatchObject({
      kind: 'unknown',
      retryable: false,
    });
  });

  it('survives a source that throws synchronously', async () => {
    const { monitor, events } = setup({
      read: () => {
        throw new Error('sync');
      },
      classify: permanent,
    });
    const snapshot = await monitor.refresh();
    expect(snapshot.error?.failures).toBe(1);
    expect(events.read_failed).toHaveLength(1);
  });
});

describe('createBalanceMonitor: levels and events', () => {
  it('walks down the levels and back up through recovered, which settles to ok', async () => {
    const source = listReader([50, 9, 1.5, 0, 60, 60]);
    const { time, monitor, events } = setup({ read: source.read, recoveredForMs: 30_000 });
    const levels: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      await monitor.refresh();
      levels.push(monitor.getSnapshot().level);
    }
    expect(levels).toEqual(['ok', 'low', 'critical', 'depleted', 'recovered']);
    expect(monitor.getSnapshot().recoveredFrom).toBe('depleted');
    expect(events.recovered).toEqual([{ from: 'depleted', balance: usd(60), at: T0 }]);
    await time.advance(29_999);
    await monitor.refresh();
    expect(monitor.getSnapshot().level).toBe('recovered');
    await time.advance(1);
    expect(monitor.getSnapshot()).toMatchObject({ level: 'ok', recoveredFrom: null });
    expect(events.level_changed.map((e) => `${e.from}→${e.to}`)).toEqual([
      'null→ok',
      'ok→low',
      'low→critical',
      'critical→depleted',
      'depleted→recovered',
      'recovered→ok',
    ]);
  });

  it('lets a fall during recovered replace it at once', async () => {
    const source = listReader([5, 20, 5]);
    const { monitor, events } = setup({ read: source.read });
    await monitor.refresh();
    await monitor.refresh();
    await monitor.refresh();
    expect(monitor.getSnapshot()).toMatchObject({ level: 'low', recoveredFrom: null });
    expect(events.level_changed.map((e) => e.to)).toEqual(['low', 'recovered', 'low']);
  });

  it('settles recovered when started again after it was due', async () => {
    const source = listReader([5, 20]);
    const { time, monitor } = setup({ read: source.read, recoveredForMs: 1_000 });
    await monitor.refresh();
    await monitor.refresh();
    monitor.stop();
    await time.advance(5_000);
    expect(monitor.getSnapshot().level).toBe('recovered');
    monitor.start();
    await time.flush();
    expect(monitor.getSnapshot().level).toBe('ok');
  });

  it('does not flap while the balance hovers around a threshold', async () => {
    const source = listReader([12, 9.99, 10.01, 9.95, 10.5, 10.99, 9.9, 11]);
    const { monitor, events } = setup({ read: source.read, hysteresis: { percent: 10 } });
    for (let i = 0; i < 8; i++) await monitor.refresh();
    expect(events.level_changed.map((e) => e.to)).toEqual(['ok', 'low', 'recovered']);
  });

  it('resolves percentage thresholds and re-evaluates when thresholds change', async () => {
    const source = listReader([15]);
    const { monitor, events } = setup({
      read: source.read,
      thresholds: { low: { percent: 20 }, reference: usd(50) },
    });
    await monitor.refresh();
    expect(monitor.getSnapshot()).toMatchObject({
      level: 'ok',
      thresholds: { bands: [{ below: usd(10) }, {}] },
    });
    monitor.setThresholds({ low: { percent: 40 }, reference: usd(50) });
    expect(monitor.getSnapshot().level).toBe('low');
    expect(events.level_changed.at(-1)).toMatchObject({ from: 'ok', to: 'low' });
    // Moving the threshold back is not a recovery: the balance did not change.
    monitor.setThresholds({ low: usd(5) });
    expect(monitor.getSnapshot().level).toBe('ok');
    expect(events.recovered).toHaveLength(0);
  });

  it('warns once when the runway falls below N days, and again only after it rose well above', async () => {
    // Spending 24 dollars a day from 100: about four days left, then a top-up to 1,000.
    const balances = [100, 99, 98, 97, 96, 95, 94, 1_000, 999, 998, 997, 996, 100, 99, 98];
    const source = listReader(balances);
    const { time, monitor, events } = setup({ read: source.read, runwayBelowDays: 7 });
    for (let i = 0; i < balances.length; i++) {
      await monitor.refresh();
      await time.advance(HOUR);
    }
    expect(events.runway_below).toHaveLength(2);
    // The first estimate comes with the third reading, two hours in (the default minimum span).
    expect(events.runway_below[0]).toMatchObject({ belowDays: 7, balance: usd(98) });
    expect(events.runway_below[0]?.days).toBeCloseTo(98 / 24, 5);
    expect(events.runway_below[1]?.balance).toEqual(usd(100));
  });

  it('keeps the snapshot object when nothing changed, and tells subscribers only of changes', async () => {
    const source = listReader([{ balance: usd(30), asOf: T0 }]);
    const { monitor } = setup({ read: source.read });
    let notified = 0;
    const unsubscribe = monitor.subscribe(() => {
      notified++;
    });
    await monitor.refresh();
    const first = monitor.getSnapshot();
    expect(monitor.getSnapshot()).toBe(first);
    expect(notified).toBe(2); // loading, then the reading
    await monitor.refresh();
    const second = monitor.getSnapshot();
    expect(second).toEqual(first);
    expect(second.thresholds).toBe(first.thresholds);
    expect(second.runway).toBe(first.runway);
    expect(second.balance).toBe(first.balance);
    unsubscribe();
    await monitor.refresh();
    expect(notified).toBe(4);
  });

  it('unsubscribes event listeners, and keeps going when one throws', async () => {
    const source = listReader([5]);
    const { time, monitor } = setup({ read: source.read });
    const seen: string[] = [];
    const off = monitor.on('level_changed', () => seen.push('first'));
    monitor.on('level_changed', () => {
      throw new Error('listener bug');
    });
    monitor.on('level_changed', () => seen.push('third'));
    await monitor.refresh();
    expect(seen).toEqual(['first', 'third']);
    expect(monitor.getSnapshot().level).toBe('low');
    // The listener's error is not swallowed: it is thrown again from a timer of its own.
    await expect(time.advance(0)).rejects.toThrow('listener bug');
    off();
    monitor.setThresholds({ low: usd(1) });
    expect(seen).toEqual(['first', 'third', 'third']);
  });
});

describe('createBalanceMonitor: never two reads at once (property)', () => {
  type Step =
    | { kind: 'refresh' }
    | { kind: 'advance'; ms: number }
    | { kind: 'hide' }
    | { kind: 'show' }
    | { kind: 'focus' }
    | { kind: 'answer'; major: number }
    | { kind: 'fail'; transient: boolean }
    | { kind: 'stop' }
    | { kind: 'start' }
    | { kind: 'thresholds'; low: number };

  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    fc.constant({ kind: 'refresh' as const }),
    fc.integer({ min: 0, max: 3 * MINUTE }).map((ms) => ({ kind: 'advance' as const, ms })),
    fc.constant({ kind: 'hide' as const }),
    fc.constant({ kind: 'show' as const }),
    fc.constant({ kind: 'focus' as const }),
    fc.integer({ min: -5, max: 100 }).map((major) => ({ kind: 'answer' as const, major })),
    fc.boolean().map((isTransient) => ({ kind: 'fail' as const, transient: isTransient })),
    fc.constant({ kind: 'stop' as const }),
    fc.constant({ kind: 'start' as const }),
    fc.integer({ min: 0, max: 60 }).map((low) => ({ kind: 'thresholds' as const, low })),
  );

  it('under random interleavings of refreshes, timers, visibility, answers and stops', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 60 }), async (steps) => {
        const source = manualReader();
        const time = fakeTime();
        const page = fakeVisibility();
        const monitor = createBalanceMonitor({
          read: source.read,
          thresholds: { low: usd(10), critical: usd(2) },
          interval: MINUTE,
          clock: time.clock,
          scheduler: time.scheduler,
          visibility: page.adapter,
          classify: (error) => (String(error) === 'transient' ? transient(error) : permanent(error)),
          retryPolicy: {
            maxRetries: 3,
            baseDelayMs: 1_000,
            maxDelayMs: 30_000,
            maxWaitMs: 300_000,
            random: () => 0.3,
          },
        });
        const refreshes: Promise<unknown>[] = [];
        let started = false;
        const pending = () => source.calls.filter((call) => !('answered' in call)).length;
        for (const step of steps) {
          switch (step.kind) {
            case 'refresh':
              refreshes.push(monitor.refresh());
              break;
            case 'advance':
              await time.advance(step.ms);
              break;
            case 'hide':
              page.hide();
              break;
            case 'show':
              page.show();
              break;
            case 'focus':
              page.focus();
              break;
            case 'answer':
              if (pending()) source.answer({ balance: usd(step.major) });
              break;
            case 'fail':
              if (pending()) source.fail(step.transient ? 'transient' : 'permanent');
              break;
            case 'stop':
              monitor.stop();
              started = false;
              break;
            case 'start':
              monitor.start();
              started = true;
              break;
            case 'thresholds':
              monitor.setThresholds({ low: usd(step.low), critical: usd(step.low / 4) });
              break;
          }
          await time.flush();
          expect(source.running).toBeLessThanOrEqual(1);
          // The snapshot's loading flag tells the truth about the read it is waiting for.
          if (!monitor.getSnapshot().loading)
            expect(source.calls.filter((c) => !c.signal.aborted && !('answered' in c))).toHaveLength(0);
        }
        // Still alive: once what is pending is answered, a started monitor on a visible page reads again.
        for (let i = 0; i < 5 && pending(); i++) {
          source.answer({ balance: usd(20) });
          await time.flush();
        }
        if (started && page.adapter.isVisible() && !pending()) {
          const before = source.calls.length;
          await time.advance(30 * MINUTE);
          expect(source.calls.length).toBeGreaterThan(before);
        }
        // Answer whatever is left: every refresh resolves (none rejects), and still one read at a time.
        monitor.stop();
        for (let i = 0; i < 5 && pending(); i++) {
          source.answer({ balance: usd(1) });
          await time.flush();
        }
        expect(pending()).toBe(0);
        await Promise.all(refreshes);
        expect(source.mostAtOnce).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
