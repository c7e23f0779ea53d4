import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyText, recordAnnouncements, renderWithTactful } from '../../../../test/support/render';
import { RetryCountdown } from './RetryCountdown';

const NOW = 1_700_000_000_000;
const countdown = (totalMs: number, leftMs = totalMs) => ({
  retryAt: NOW + leftMs,
  totalMs,
  secondsLeft: Math.ceil(leftMs / 1000),
  label: { key: 'states.waiting.countdown', values: { count: Math.ceil(leftMs / 1000) } },
  a11yLabel: { key: 'a11y.countdown', values: { count: Math.ceil(leftMs / 1000) } },
});

let renders = 0;
function Counting() {
  renders++;
  return <RetryCountdown countdown={countdown(10_000, 9_500)} />;
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

describe('RetryCountdown', () => {
  it('is a progress bar with a translated name and its time left in words', async () => {
    const { i18n } = await renderWithTactful(<RetryCountdown countdown={countdown(4000)} />);
    const bar = screen.getByRole('progressbar', { name: copyText(i18n, 'countdown.label') });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(bar).toHaveAttribute('aria-valuetext', copyText(i18n, 'a11y.countdown', { count: 4 }));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(bar).toHaveAttribute('aria-valuetext', copyText(i18n, 'a11y.countdown', { count: 3 }));
    expect(screen.getByText(copyText(i18n, 'states.waiting.countdown', { count: 3 }))).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByText(copyText(i18n, 'states.waiting.retrying'))).toBeInTheDocument();
  });

  it('announces the start of the wait and the retry, and no second in between', async () => {
    const { i18n } = await renderWithTactful(<RetryCountdown countdown={countdown(5000)} />);
    const announcements = recordAnnouncements();
    // Step by step, so React renders between the timers as it does in a browser.
    for (let step = 0; step < 60; step++) await act(() => vi.advanceTimersByTimeAsync(100));
    expect(announcements.said).toEqual([
      { politeness: 'polite', text: copyText(i18n, 'a11y.countdown', { count: 5 }) },
      { politeness: 'polite', text: copyText(i18n, 'a11y.countdown', { count: 0 }) },
    ]);
    // Zero has words of its own, not "in 0 seconds".
    expect(copyText(i18n, 'a11y.countdown', { count: 0 })).not.toMatch(/0/);
  });

  it('says nothing itself where the message around it is announced already', async () => {
    await renderWithTactful(<RetryCountdown announce={false} countdown={countdown(2000)} />);
    const announcements = recordAnnouncements();
    for (let step = 0; step < 30; step++) await act(() => vi.advanceTimersByTimeAsync(100));
    expect(announcements.said).toEqual([]);
  });

  it('offers "Try now" when asked to', async () => {
    const onRetryNow = vi.fn();
    const { rerender, i18n } = await renderWithTactful(<RetryCountdown countdown={countdown(3000)} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<RetryCountdown countdown={countdown(3000)} onRetryNow={onRetryNow} />);
    const tryNow = screen.getByRole('button', { name: copyText(i18n, 'actions.retry_now') });
    expect(tryNow).toHaveAccessibleDescription(copyText(i18n, 'states.waiting.countdown', { count: 3 }));
    tryNow.click();
    expect(onRetryNow).toHaveBeenCalledTimes(1);
  });

  it('re-renders once a second, and never the component above it', async () => {
    renders = 0;
    await renderWithTactful(<Counting />);
    const bar = screen.getByRole('progressbar');
    const values: string[] = [];
    for (let step = 0; step < 20; step++) {
      await act(() => vi.advanceTimersByTimeAsync(250));
      values.push(bar.getAttribute('aria-valuenow') ?? '');
    }
    // Five seconds in 250 ms steps, starting 500 ms before a whole second: the first value, then one
    // new value a second.
    expect(values.slice(0, 2)).toEqual(['5', '10']);
    expect(new Set(values).size).toBe(6);
    expect(renders).toBe(1);
  });
});
