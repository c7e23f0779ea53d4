import {
  type BalanceMonitorOptions,
  type BalanceReading,
  createBalanceMonitor,
  type PageVisibility,
} from '@tactful/core';
import { act, render, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { usd } from './test-utils';
import { useBalance } from './useBalance';

const T0 = 1_700_000_000_000;

/** A clock and timers that move only when the test says so. */
function fakeTime() {
  let now = T0;
  let nextId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
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
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        let due: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        await act(async () => due[1].fn());
      }
      now = end;
    },
    pending: () => timers.size,
  };
}

const visible: PageVisibility = { isVisible: () => true, subscribe: () => () => {} };

/** A balance source that answers each read with the next figure, counting calls and aborts. */
function source(...minors: number[]) {
  let index = 0;
  const read = vi.fn(async (signal: AbortSignal): Promise<BalanceReading> => {
    const minor = minors[Math.min(index, minors.length - 1)] ?? 0;
    index += 1;
    await Promise.resolve();
    signal.throwIfAborted();
    return { balance: usd(minor) };
  });
  return { read };
}

function options(
  read: BalanceMonitorOptions['read'],
  time: ReturnType<typeof fakeTime>,
): BalanceMonitorOptions {
  return {
    read,
    thresholds: { low: usd(1_000), critical: usd(200) },
    interval: 60_000,
    clock: time.clock,
    scheduler: time.scheduler,
    visibility: visible,
  };
}

function Balance(props: { options: BalanceMonitorOptions; onRender?: (minor: number | null) => void }) {
  const { balance, loading } = useBalance(props.options);
  props.onRender?.(balance?.minor ?? null);
  return <p>{balance ? balance.minor : loading ? 'loading' : 'unknown'}</p>;
}

const settle = () => act(async () => {});

describe('useBalance', () => {
  it('starts polling on mount, follows the monitor, and stops on unmount', async () => {
    const time = fakeTime();
    const { read } = source(5_000, 800, 150);
    const { result, unmount } = renderHook(() => useBalance(options(read, time)));
    expect(result.current.balance).toBeNull();
    await settle();
    expect(result.current.balance).toEqual(usd(5_000));
    expect(result.current.level).toBe('ok');
    await time.advance(60_000);
    expect(result.current.level).toBe('low');
    await time.advance(60_000);
    expect(result.current.level).toBe('critical');
    expect(read).toHaveBeenCalledTimes(3);
    unmount();
    expect(time.pending()).toBe(0);
    await time.advance(10 * 60_000);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('aborts the read under way when the component unmounts', async () => {
    const time = fakeTime();
    let signal: AbortSignal | undefined;
    const read = vi.fn((given: AbortSignal) => {
      signal = given;
      return new Promise<BalanceReading>(() => {});
    });
    const { unmount } = renderHook(() => useBalance(options(read, time)));
    await settle();
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
  });

  it('keeps the same result object while nothing changes', async () => {
    const time = fakeTime();
    const { read } = source(5_000);
    const { result, rerender } = renderHook(() => useBalance(options(read, time)));
    await settle();
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('refreshes on demand without a second read beside the one under way', async () => {
    const time = fakeTime();
    const { read } = source(5_000, 4_000);
    const { result } = renderHook(() => useBalance(options(read, time)));
    await settle();
    await act(async () => {
      await Promise.all([result.current.refresh(), result.current.refresh()]);
    });
    expect(read).toHaveBeenCalledTimes(2);
    expect(result.current.balance).toEqual(usd(4_000));
  });

  it('shares an app-made monitor: it runs until the last component using it unmounts', async () => {
    const time = fakeTime();
    const { read } = source(5_000);
    const monitor = createBalanceMonitor(options(read, time));
    const first = renderHook(() => useBalance(monitor));
    const second = renderHook(() => useBalance(monitor));
    await settle();
    expect(first.result.current.monitor).toBe(monitor);
    first.unmount();
    await time.advance(60_000);
    expect(read).toHaveBeenCalledTimes(2);
    expect(second.result.current.balance).toEqual(usd(5_000));
    second.unmount();
    await time.advance(5 * 60_000);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('survives StrictMode’s mount, unmount and mount again with one schedule', async () => {
    const time = fakeTime();
    const { read } = source(5_000);
    const { result } = renderHook(() => useBalance(options(read, time)), { wrapper: StrictMode });
    await settle();
    expect(result.current.balance).toEqual(usd(5_000));
    const calls = read.mock.calls.length;
    await time.advance(60_000);
    expect(read.mock.calls.length).toBe(calls + 1);
  });

  it('always calls the latest read the component passed', async () => {
    const time = fakeTime();
    const before = source(5_000);
    const after = source(700);
    const { result, rerender } = renderHook(({ read }) => useBalance(options(read, time)), {
      initialProps: { read: before.read },
    });
    await settle();
    rerender({ read: after.read });
    await time.advance(60_000);
    expect(after.read).toHaveBeenCalledTimes(1);
    expect(result.current.level).toBe('low');
  });

  it('passes changed thresholds on to the monitor and re-evaluates the level', async () => {
    const time = fakeTime();
    const { read } = source(1_500);
    const { result, rerender } = renderHook(
      ({ low }) => useBalance({ ...options(read, time), thresholds: { low: usd(low) } }),
      { initialProps: { low: 1_000 } },
    );
    await settle();
    expect(result.current.level).toBe('ok');
    rerender({ low: 2_000 });
    await settle();
    expect(result.current.level).toBe('low');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('renders on the server as "no balance yet" without reading', () => {
    const { read } = source(5_000);
    expect(renderToString(<Balance options={{ read, thresholds: { low: usd(1_000) } }} />)).toBe(
      '<p>unknown</p>',
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('renders first with no balance, as the server did, then the reading', async () => {
    const time = fakeTime();
    const { read } = source(5_000);
    const seen: (number | null)[] = [];
    render(<Balance onRender={(minor) => seen.push(minor)} options={options(read, time)} />);
    await settle();
    expect(seen[0]).toBeNull();
    expect(seen.at(-1)).toBe(5_000);
  });
});
