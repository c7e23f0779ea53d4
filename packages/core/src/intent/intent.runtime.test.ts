import { describe, expect, it, vi } from 'vitest';
import type { Problem } from '../problem/problem';
import { intentStore } from '../storage/intent-store';
import { memoryStorage } from '../storage/memory';
import type { StorageAdapter } from '../storage/storage.types';
import { createIntentRuntime } from './intent.runtime';
import type { IntentRuntimeOptions, RunContext } from './intent.types';
import { fakeBrowser, flush, manualClock, networkSwitch, problem } from './testing/fakes';

/** A run whose every call the test settles by hand. */
function controlledRun<Output = string>() {
  const calls: {
    context: RunContext<unknown>;
    resolve: (value: Output) => void;
    reject: (error: unknown) => void;
  }[] = [];
  const run = vi.fn(
    (context: RunContext<unknown>) =>
      new Promise<Output>((resolve, reject) => {
        calls.push({ context, resolve, reject });
      }),
  );
  return { run, calls, last: () => calls[calls.length - 1] };
}

function setup(extra: Partial<IntentRuntimeOptions> = {}) {
  const clock = manualClock(1_000_000);
  const network = networkSwitch();
  let ids = 0;
  const runtime = createIntentRuntime({
    // The thrown value is the Problem itself, so each test chooses the kind directly.
    classify: (error) => error as Problem,
    clock,
    network,
    createId: () => `id-${++ids}`,
    retryPolicy: {
      maxRetries: 3,
      baseDelayMs: 1000,
      maxDelayMs: 30_000,
      maxWaitMs: 300_000,
      random: () => 0.5,
    },
    ...extra,
  });
  return { runtime, clock, network };
}

describe('createIntentRuntime: one intent', () => {
  it('runs the intent with an abort signal, its attempt and a stable idempotency key, and ends succeeded', async () => {
    const { runtime } = setup();
    const { run, calls } = controlledRun();
    const handle = runtime.submit({ label: 'summarizing your contracts', input: { files: 40 }, run });
    expect(runtime.get(handle.id)?.state.status).toBe('running');
    await flush();
    expect(calls).toHaveLength(1);
    const context = calls[0]?.context;
    expect(context?.attempt).toBe(1);
    expect(context?.input).toEqual({ files: 40 });
    expect(context?.signal.aborted).toBe(false);
    expect(context?.idempotencyKey).toBe(runtime.get(handle.id)?.idempotencyKey);
    calls[0]?.resolve('summary');
    await expect(handle.done).resolves.toEqual({ status: 'succeeded', value: 'summary' });
    expect(runtime.get(handle.id)?.state.status).toBe('succeeded');
  });

  it('gives useSyncExternalStore a stable snapshot that changes only with the state', async () => {
    const { runtime } = setup();
    const listener = vi.fn();
    runtime.subscribe(listener);
    const first = runtime.getSnapshot();
    expect(runtime.getSnapshot()).toBe(first);
    const { run, calls } = controlledRun();
    runtime.submit({ run });
    const second = runtime.getSnapshot();
    expect(second).not.toBe(first);
    expect(second).toHaveLength(1);
    expect(listener).toHaveBeenCalledTimes(1);
    await flush();
    expect(runtime.getSnapshot()).toBe(second);
    calls[0]?.resolve('done');
    await flush();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('blocks on an empty balance without retrying, then replays once after recovered(), with the same key', async () => {
    const { runtime, clock } = setup();
    const { run, calls } = controlledRun();
    const handle = runtime.submit({ run });
    await flush();
    calls[0]?.reject(problem('insufficient_funds'));
    await flush();
    expect(runtime.get(handle.id)?.state.status).toBe('blocked');
    clock.advance(24 * 3_600_000);
    await flush();
    expect(calls).toHaveLength(1);
    expect(clock.pending()).toBe(0);

    runtime.recovered();
    runtime.recovered();
    runtime.recovered(handle.id);
    await flush();
    expect(calls).toHaveLength(2);
    expect(runtime.get(handle.id)?.state).toMatchObject({
      status: 'running',
      reason: 'recovered',
      attempt: 2,
    });
    expect(calls[1]?.context.idempotencyKey).toBe(calls[0]?.context.idempotencyKey);
    calls[1]?.resolve('ok');
    await expect(handle.done).resolves.toEqual({ status: 'succeeded', value: 'ok' });
  });

  it('passes through recovering: checkout opened, closed unpaid, then paid', async () => {
    const { runtime } = setup();
    const { run, calls } = controlledRun();
    const { id } = runtime.submit({ run });
    await flush();
    calls[0]?.reject(problem('payment_method_failed'));
    await flush();
    runtime.startRecovery(id);
    expect(runtime.get(id)?.state.status).toBe('recovering');
    runtime.recoveryFailed(id);
    expect(runtime.get(id)?.state.status).toBe('blocked');
    runtime.startRecovery(id);
    runtime.recovered((intent) => intent.id === id);
    await flush();
    expect(calls).toHaveLength(2);
  });

  it('waits for a transient problem with the policy delay, counts down, retries, and gives up after the cap', async () => {
    const { runtime, clock } = setup();
    const { run, calls } = controlledRun();
    const { id, done } = runtime.submit({ run });
    await flush();
    const start = clock.now();
    calls[0]?.reject(problem('overloaded'));
    await flush();
    // Full jitter with random 0.5 on a 1 s first step.
    expect(runtime.get(id)?.state).toMatchObject({ status: 'waiting', retryAt: start + 500, waitMs: 500 });
    clock.advance(499);
    await flush();
    expect(calls).toHaveLength(1);
    clock.advance(1);
    await flush();
    expect(calls).toHaveLength(2);
    expect(runtime.get(id)?.state).toMatchObject({ status: 'running', reason: 'automatic', retries: 1 });

    for (const step of [1000, 2000]) {
      calls[calls.length - 1]?.reject(problem('overloaded'));
      await flush();
      expect(runtime.get(id)?.state).toMatchObject({ status: 'waiting', waitMs: step });
      clock.advance(step);
      await flush();
    }
    expect(calls).toHaveLength(4);
    calls[3]?.reject(problem('overloaded'));
    await flush();
    expect(runtime.get(id)?.state).toMatchObject({ status: 'failed', retries: 3 });
    clock.advance(3_600_000);
    await flush();
    expect(calls).toHaveLength(4);

    runtime.retry(id);
    await flush();
    expect(calls).toHaveLength(5);
    expect(runtime.get(id)?.state).toMatchObject({ status: 'running', reason: 'manual', retries: 0 });
    calls[4]?.resolve('finally');
    await expect(done).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('honours Retry-After and lets the user skip the wait', async () => {
    const { runtime, clock } = setup();
    const { run, calls } = controlledRun();
    const { id } = runtime.submit({ run });
    await flush();
    calls[0]?.reject(problem('rate_limited', { retryAfterMs: 20_000 }));
    await flush();
    expect(runtime.get(id)?.state).toMatchObject({ status: 'waiting', retryAt: clock.now() + 20_000 });
    expect(runtime.act(id, 'retry_now')).toBe(true);
    await flush();
    expect(calls).toHaveLength(2);
    // The skipped timer must not start a third run.
    clock.advance(20_000);
    await flush();
    expect(calls).toHaveLength(2);
  });

  it('cancel aborts the running attempt, and its late result is ignored', async () => {
    const { runtime } = setup();
    const { run, calls } = controlledRun();
    const { id, done } = runtime.submit({ run });
    await flush();
    runtime.cancel(id);
    expect(calls[0]?.context.signal.aborted).toBe(true);
    calls[0]?.resolve('too late');
    await expect(done).resolves.toEqual({ status: 'cancelled', value: undefined });
    expect(runtime.get(id)?.state.status).toBe('cancelled');
  });

  it('ignores a result from an attempt that was superseded', async () => {
    const { runtime, clock } = setup();
    const { run, calls } = controlledRun();
    const { id } = runtime.submit({ run });
    await flush();
    calls[0]?.reject(problem('outage'));
    await flush();
    clock.advance(60_000);
    await flush();
    expect(calls).toHaveLength(2);
    // Attempt 1 settling again (a misbehaving run) changes nothing.
    calls[0]?.resolve('stale');
    await flush();
    expect(runtime.get(id)?.state).toMatchObject({ status: 'running', attempt: 2 });
  });

  it('does not run while offline, and runs when the network returns', async () => {
    const { runtime, network } = setup();
    network.set(false);
    const { run, calls } = controlledRun();
    const { id } = runtime.submit({ run });
    await flush();
    expect(calls).toHaveLength(0);
    expect(runtime.get(id)?.state.status).toBe('offline');
    network.set(true);
    await flush();
    expect(calls).toHaveLength(1);
    expect(runtime.get(id)?.state).toMatchObject({ status: 'running', reason: 'online' });
  });

  it('pauses a scheduled retry while offline and keeps the provider wait when back online early', async () => {
    const { runtime, network, clock } = setup();
    const { run, calls } = controlledRun();
    const { id } = runtime.submit({ run });
    await flush();
    calls[0]?.reject(problem('rate_limited', { retryAfterMs: 30_000 }));
    await flush();
    const retryAt = clock.now() + 30_000;
    network.set(false);
    expect(runtime.get(id)?.state).toMatchObject({ status: 'offline', retryAt });
    clock.advance(40_000);
    await flush();
    expect(calls).toHaveLength(1);
    network.set(true);
    await flush();
    expect(calls).toHaveLength(2);

    calls[1]?.reject(problem('rate_limited', { retryAfterMs: 30_000 }));
    await flush();
    network.set(false);
    clock.advance(10_000);
    network.set(true);
    expect(runtime.get(id)?.state).toMatchObject({ status: 'waiting', retryAt: clock.now() + 20_000 });
  });

  it('an offline failure while the network is down waits for the network, not the clock', async () => {
    const { runtime, network, clock } = setup();
    const { run, calls } = controlledRun();
    const { id } = runtime.submit({ run });
    await flush();
    network.set(false);
    calls[0]?.reject(problem('offline'));
    await flush();
    expect(runtime.get(id)?.state.status).toBe('offline');
    clock.advance(600_000);
    await flush();
    expect(calls).toHaveLength(1);
    network.set(true);
    await flush();
    expect(calls).toHaveLength(2);
  });

  it('runs the fallback the user takes, and only for the kinds it is offered for', async () => {
    const { runtime } = setup();
    const main = controlledRun();
    const basic = controlledRun();
    const fallback = { label: 'the basic model', kinds: ['insufficient_funds' as const], run: basic.run };
    const first = runtime.submit({ run: main.run, fallback });
    const second = runtime.submit({ run: main.run, fallback });
    await flush();
    main.calls[0]?.reject(problem('insufficient_funds'));
    main.calls[1]?.reject(problem('auth_invalid'));
    await flush();
    runtime.takeFallback(second.id);
    expect(runtime.get(second.id)?.state.status).toBe('blocked');
    expect(runtime.act(first.id, 'use_fallback')).toBe(true);
    expect(runtime.get(first.id)?.state).toMatchObject({ status: 'degraded', fallback: true });
    await flush();
    expect(basic.calls).toHaveLength(1);
    expect(main.calls).toHaveLength(2);
    basic.calls[0]?.resolve('cheaper answer');
    await expect(first.done).resolves.toEqual({ status: 'succeeded', value: 'cheaper answer' });
  });

  it('turns a classifier that throws, or returns nonsense, into an unknown problem instead of losing the intent', async () => {
    const throwing = setup({
      classify: () => {
        throw new Error('classifier bug');
      },
    });
    const nonsense = setup({ classify: () => ({ kind: 'teapot' }) as unknown as Problem });
    for (const { runtime } of [throwing, nonsense]) {
      const { run, calls } = controlledRun();
      const { id } = runtime.submit({ run });
      await flush();
      calls[0]?.reject(new Error('boom'));
      await flush();
      expect(runtime.get(id)?.state).toMatchObject({ status: 'failed', problem: { kind: 'unknown' } });
    }
  });

  it('keeps a Problem the run throws itself, and classifies anything else', async () => {
    const classify = vi.fn(() => problem('outage'));
    const { runtime } = setup({ classify });
    const { run, calls } = controlledRun();
    const kept = runtime.submit({ run });
    const classified = runtime.submit({ run });
    await flush();
    calls[0]?.reject(problem('spending_limit_reached', { provider: 'openai' }));
    calls[1]?.reject(new TypeError('Failed to fetch'));
    await flush();
    expect(runtime.get(kept.id)?.state).toMatchObject({
      status: 'blocked',
      problem: { kind: 'spending_limit_reached', provider: 'openai' },
    });
    expect(classify).toHaveBeenCalledTimes(1);
    expect(classify).toHaveBeenCalledWith(new TypeError('Failed to fetch'));
    expect(runtime.get(classified.id)?.state.status).toBe('waiting');
  });

  it('turns a run that throws synchronously into a failure', async () => {
    const { runtime } = setup();
    const { id } = runtime.submit({
      run: () => {
        throw problem('invalid_request');
      },
    });
    await flush();
    expect(runtime.get(id)?.state).toMatchObject({ status: 'failed', problem: { kind: 'invalid_request' } });
  });

  it('dismisses only intents that have ended, and discards with the discard action', async () => {
    const { runtime } = setup();
    const { run, calls } = controlledRun();
    const { id, done } = runtime.submit({ run });
    await flush();
    calls[0]?.reject(problem('quota_exhausted'));
    await flush();
    runtime.dismiss(id);
    expect(runtime.get(id)?.state.status).toBe('blocked');
    expect(runtime.act(id, 'add_funds')).toBe(false);
    expect(runtime.act(id, 'discard')).toBe(true);
    await expect(done).resolves.toEqual({ status: 'discarded', value: undefined });
    runtime.dismiss(id);
    expect(runtime.get(id)).toBeUndefined();
    expect(runtime.getSnapshot()).toHaveLength(0);
  });

  it('returns the same handle for an id it already holds', () => {
    const { runtime } = setup();
    const { run } = controlledRun();
    const first = runtime.submit({ id: 'same', run });
    const second = runtime.submit({ id: 'same', run });
    expect(second.done).toBe(first.done);
    expect(runtime.getSnapshot()).toHaveLength(1);
  });

  it('stops its timers and listeners on destroy', async () => {
    const { runtime, clock, network } = setup();
    const { run, calls } = controlledRun();
    const { id } = runtime.submit({ run });
    await flush();
    calls[0]?.reject(problem('timeout'));
    await flush();
    expect(clock.pending()).toBe(1);
    runtime.destroy();
    expect(clock.pending()).toBe(0);
    network.set(false);
    expect(runtime.get(id)?.state.status).toBe('waiting');
  });
});

describe('createIntentRuntime: reloads and tabs', () => {
  /** One browser: a shared storage and clock, and pages (tabs) opened on it. */
  function browserWorld(start = 5_000, storage: StorageAdapter = memoryStorage()) {
    const clock = manualClock(start);
    const browser = fakeBrowser(storage, clock);
    const page = (mode?: 'web-locks' | 'lease') => {
      const warn = vi.fn();
      const tab = browser.tab(mode);
      const store = intentStore({ storage, tabs: tab, clock, logger: { warn } });
      const { runtime } = setup({ store, clock, logger: { warn } });
      return { runtime, tab, warn };
    };
    return { storage, clock, browser, page };
  }

  async function blockedOnFunds(runtime: ReturnType<typeof setup>['runtime']) {
    const { run, calls } = controlledRun();
    const handle = runtime.submit({
      label: 'summarizing your contracts',
      input: { files: ['a.pdf', 'b.pdf'], secret: 'not stored' },
      serialize: (input: { files: string[] }) => ({ files: input.files }),
      run,
    });
    await flush();
    calls[0]?.reject(problem('insufficient_funds'));
    await flush();
    return handle;
  }

  it('stores an intent blocked on billing (only the serializer output and metadata) and lists it after a reload', async () => {
    const { storage, page } = browserWorld();
    const first = page();
    const { id } = await blockedOnFunds(first.runtime);
    const stored = JSON.parse(storage.getItem(`tactful:intent:${id}`) ?? 'null');
    expect(stored).toEqual({
      v: 1,
      id,
      key: first.runtime.get(id)?.idempotencyKey,
      kind: 'insufficient_funds',
      attempt: 1,
      at: 5_000,
      data: { files: ['a.pdf', 'b.pdf'] },
    });
    expect(JSON.stringify(stored)).not.toContain('not stored');
    expect(JSON.stringify(stored)).not.toContain('summarizing');
    // This runtime holds it, so it is not offered back to itself.
    expect(first.runtime.pendingIntents()).toEqual([]);

    first.runtime.destroy();
    first.tab.close();
    const second = page();
    const pending = second.runtime.pendingIntents();
    expect(pending).toEqual([
      {
        id,
        idempotencyKey: stored.key,
        kind: 'insufficient_funds',
        attempt: 1,
        savedAt: 5_000,
        data: { files: ['a.pdf', 'b.pdf'] },
      },
    ]);
    const { run, calls } = controlledRun();
    const [entry] = pending;
    if (!entry) throw new Error('no pending intent');
    const handle = second.runtime.restore(entry, {
      label: 'summarizing your contracts',
      input: entry.data,
      run,
    });
    expect(second.runtime.get(id)?.state).toMatchObject({ status: 'blocked', attempt: 1, persisted: true });
    second.runtime.recovered();
    await flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.context).toMatchObject({ attempt: 2, idempotencyKey: stored.key });
    calls[0]?.resolve('done');
    await expect(handle.done).resolves.toMatchObject({ status: 'succeeded' });
    expect(JSON.parse(storage.getItem(`tactful:intent:${id}`) ?? 'null')).toMatchObject({
      done: 'succeeded',
    });
    expect(second.runtime.pendingIntents()).toEqual([]);
    expect(second.warn).not.toHaveBeenCalled();
  });

  it('does not store intents blocked on access or request problems, nor without a serializer', async () => {
    const { storage, page } = browserWorld();
    const { runtime } = page();
    const { run, calls } = controlledRun();
    runtime.submit({ run, serialize: () => 1 });
    runtime.submit({ run, serialize: () => 2 });
    runtime.submit({ run });
    await flush();
    calls[0]?.reject(problem('auth_invalid'));
    calls[1]?.reject(problem('invalid_request'));
    calls[2]?.reject(problem('insufficient_funds'));
    await flush();
    expect(storage.keys()).toEqual([]);
  });

  it('skips corrupt, old, newer and foreign records with a warning, and never half-reads one', async () => {
    const storage = memoryStorage();
    const valid = {
      v: 1,
      id: 'good',
      key: 'k',
      kind: 'insufficient_funds',
      attempt: 1,
      at: 1,
      data: { n: 1 },
    };
    storage.setItem('tactful:intent:good', JSON.stringify(valid));
    storage.setItem('tactful:intent:broken', '{"v":1,"id":"broken"');
    storage.setItem('tactful:intent:old', JSON.stringify({ ...valid, id: 'old', v: 0 }));
    storage.setItem('tactful:intent:newer', JSON.stringify({ ...valid, id: 'newer', v: 2 }));
    storage.setItem('tactful:intent:nokind', JSON.stringify({ ...valid, id: 'nokind', kind: 'broke' }));
    storage.setItem('tactful:intent:moved', JSON.stringify({ ...valid, id: 'elsewhere' }));
    storage.setItem('tactful:intent:count', JSON.stringify({ ...valid, id: 'count', attempt: -1 }));
    storage.setItem('tactful:intent:null', 'null');
    storage.setItem('other-app:thing', 'whatever');
    const { runtime, warn } = browserWorld(0, storage).page();
    expect(runtime.pendingIntents().map((intent) => intent.id)).toEqual(['good']);
    expect(warn).toHaveBeenCalledTimes(7);
  });

  it('lets only one of two tabs replay after a recovery, and tells the other how it ended', async () => {
    const { browser, clock, page } = browserWorld();
    const a = page();
    const { id } = await blockedOnFunds(a.runtime);
    a.runtime.destroy();
    a.tab.close();

    const tabs = [page(), page()];
    const runs = tabs.map(() => controlledRun());
    tabs.forEach(({ runtime }, index) => {
      const [pending] = runtime.pendingIntents();
      if (!pending) throw new Error('not listed');
      runtime.restore(pending, { input: pending.data, run: runs[index]?.run ?? vi.fn() });
    });
    // The app signals recovery in both tabs (each polled the balance).
    for (const { runtime } of tabs) runtime.recovered();
    await flush();
    expect(runs.map(({ calls }) => calls.length)).toEqual([1, 0]);
    expect(tabs[1]?.runtime.get(id)?.state.status).toBe('running');

    runs[0]?.calls[0]?.resolve('done');
    await flush();
    browser.deliver();
    expect(tabs.map(({ runtime }) => runtime.get(id)?.state.status)).toEqual(['succeeded', 'succeeded']);
    clock.advance(10_000);
    await flush();
    expect(runs[1]?.calls).toHaveLength(0);
  });

  it('learns from storage that another tab finished, when the message never arrives', async () => {
    const { browser, clock, page } = browserWorld();
    const a = page();
    const aCalls = controlledRun();
    const { id } = a.runtime.submit({ run: aCalls.run, serialize: () => 'x' });
    await flush();
    aCalls.last()?.reject(problem('insufficient_funds'));
    await flush();
    const b = page();
    const [pending] = b.runtime.pendingIntents();
    if (!pending) throw new Error('not listed');
    const late = controlledRun();
    b.runtime.restore(pending, { run: late.run });

    const aRun = a.runtime.get(id);
    expect(aRun?.state.status).toBe('blocked');
    a.runtime.recovered();
    b.runtime.recovered();
    await flush();
    // A holds the lock and runs; B waits for it without running.
    expect(late.calls).toHaveLength(0);
    expect(b.runtime.get(id)?.state.status).toBe('running');
    clock.advance(1_000);
    await flush();
    expect(late.calls).toHaveLength(0);

    aCalls.last()?.resolve('done');
    await flush();
    expect(browser.queued()).toBeGreaterThan(0);
    // The message is lost; B looks again, finds the lock free and the record ended.
    clock.advance(1_000);
    await flush();
    expect(late.calls).toHaveLength(0);
    expect(b.runtime.get(id)?.state.status).toBe('succeeded');
  });

  it('a follower that finds a newer attempt in storage takes its result instead of running', async () => {
    const { browser, page } = browserWorld();
    const a = page();
    const aRun = controlledRun();
    const { id } = a.runtime.submit({ run: aRun.run, serialize: () => 'x' });
    await flush();
    aRun.calls[0]?.reject(problem('insufficient_funds'));
    await flush();
    const b = page();
    const [pending] = b.runtime.pendingIntents();
    if (!pending) throw new Error('not listed');
    const bRun = controlledRun();
    b.runtime.restore(pending, { run: bRun.run });

    a.runtime.recovered();
    await flush();
    aRun.calls[1]?.reject(problem('spending_limit_reached'));
    await flush();
    // The message is still queued when B's user presses try again.
    b.runtime.retry(id);
    await flush();
    expect(bRun.calls).toHaveLength(0);
    expect(b.runtime.get(id)?.state).toMatchObject({
      status: 'blocked',
      attempt: 2,
      problem: { kind: 'spending_limit_reached' },
    });
    browser.deliver();
    expect(b.runtime.get(id)?.state).toMatchObject({ status: 'blocked', attempt: 2 });
    // Now B may run it: attempt 3 is new to everyone.
    b.runtime.recovered();
    await flush();
    expect(bRun.calls.map((call) => call.context.attempt)).toEqual([3]);
  });

  it("without Web Locks, a lease kept alive by its tab stops the other tab, and a dead tab's lease expires", async () => {
    const { browser, clock, page } = browserWorld();
    const a = page('lease');
    const aRun = controlledRun();
    const { id } = a.runtime.submit({ run: aRun.run, serialize: () => 'x' });
    await flush();
    aRun.last()?.reject(problem('insufficient_funds'));
    await flush();
    const b = page('lease');
    const [pending] = b.runtime.pendingIntents();
    if (!pending) throw new Error('not listed');
    const bRun = controlledRun();
    b.runtime.restore(pending, { run: bRun.run });

    a.runtime.recovered();
    await flush();
    expect(aRun.calls).toHaveLength(2);
    // A's run outlasts the lease time many times over; A renews it, so B never runs.
    b.runtime.recovered();
    for (let second = 0; second < 200; second++) {
      clock.advance(1_000);
      await flush();
    }
    expect(bRun.calls).toHaveLength(0);
    expect(b.runtime.get(id)?.state.status).toBe('running');

    // A's tab dies mid-run: its lease expires and B takes over, but B does not run attempt 2 again,
    // which A may have sent: it shows the intent blocked, for a person to decide.
    a.tab.close();
    a.runtime.destroy();
    clock.advance(31_000);
    await flush();
    clock.advance(1_000);
    await flush();
    expect(bRun.calls).toHaveLength(0);
    expect(b.runtime.get(id)?.state).toMatchObject({ status: 'blocked', attempt: 2 });
    b.runtime.retry(id);
    await flush();
    expect(bRun.calls.map((call) => call.context.attempt)).toEqual([3]);
    browser.deliver();
  });

  it('discarding in one tab ends the intent in the others and in storage', async () => {
    const { storage, browser, page } = browserWorld();
    const a = page();
    const { id, done } = await blockedOnFunds(a.runtime);
    const b = page();
    const [pending] = b.runtime.pendingIntents();
    if (!pending) throw new Error('not listed');
    b.runtime.discard(pending.id);
    browser.deliver();
    await expect(done).resolves.toMatchObject({ status: 'discarded' });
    expect(b.runtime.pendingIntents()).toEqual([]);
    expect(JSON.parse(storage.getItem(`tactful:intent:${id}`) ?? 'null')).toMatchObject({
      done: 'discarded',
    });
    expect(JSON.parse(storage.getItem(`tactful:intent:${id}`) ?? 'null').data).toBeUndefined();
  });

  it('restoring an intent that ended meanwhile ends it at once instead of offering a replay', async () => {
    const { page } = browserWorld();
    const a = page();
    await blockedOnFunds(a.runtime);
    const b = page();
    const [pending] = b.runtime.pendingIntents();
    if (!pending) throw new Error('not listed');
    a.runtime.cancel(pending.id);
    const handle = b.runtime.restore(pending, { run: vi.fn() });
    await expect(handle.done).resolves.toMatchObject({ status: 'cancelled' });
  });

  it('warns and keeps the intent in memory when the serializer throws or returns what JSON cannot hold', async () => {
    const { storage, page } = browserWorld();
    const { runtime, warn } = page();
    const { run, calls } = controlledRun();
    const throwing = runtime.submit({
      run,
      serialize: () => {
        throw new Error('no');
      },
    });
    const bigint = runtime.submit({ run, serialize: () => 10n });
    await flush();
    calls[0]?.reject(problem('insufficient_funds'));
    calls[1]?.reject(problem('insufficient_funds'));
    await flush();
    expect(storage.keys()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(runtime.get(throwing.id)?.state.status).toBe('blocked');
    expect(runtime.get(bigint.id)?.state.status).toBe('blocked');
  });

  it('prunes records of ended intents after their keep time', async () => {
    const { storage, clock, page } = browserWorld(0);
    const { runtime } = page();
    const { id } = await blockedOnFunds(runtime);
    runtime.discard(id);
    expect(storage.keys()).toHaveLength(1);
    clock.advance(86_400_001);
    expect(runtime.pendingIntents()).toEqual([]);
    expect(storage.keys()).toHaveLength(0);
  });
});
