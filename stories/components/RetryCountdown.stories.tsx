import type { Meta, StoryObj } from '@storybook/react-vite';
import type { IntentCountdown } from '@tactful/core';
import { RetryCountdown } from '@tactful/react';
import { useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { rawKeysIn } from '../support/checks';

interface Args {
  /** Seconds until the retry, counted from when the story opens (0 or less: the retry is due). */
  readonly secondsLeft: number;
  /** The whole wait, in seconds, for the bar. */
  readonly totalSeconds: number;
  readonly tryNow: boolean;
  readonly primary: boolean;
  readonly onRetryNow: () => void;
}

/** A countdown as the view model gives it, starting when the story mounts. */
function LiveCountdown({ secondsLeft, totalSeconds, tryNow, primary, onRetryNow }: Args) {
  const [start] = useState(Date.now);
  const retryAt = start + secondsLeft * 1000;
  const countdown: IntentCountdown = {
    retryAt,
    totalMs: totalSeconds * 1000,
    secondsLeft: Math.max(0, secondsLeft),
    label: { key: 'states.waiting.countdown', values: { count: Math.max(0, secondsLeft) } },
    a11yLabel: { key: 'a11y.countdown', values: { count: Math.max(0, secondsLeft) } },
  };
  return (
    <RetryCountdown countdown={countdown} onRetryNow={tryNow ? onRetryNow : undefined} primary={primary} />
  );
}

const bar = (root: HTMLElement) => root.querySelector<HTMLElement>('[role="progressbar"]');

/**
 * The wait before an automatic retry: a sentence and a progress bar that follow the clock once a second
 * (the bar glides between seconds unless motion is reduced — try the toolbar), and "Try now". The bar is a
 * `progressbar` named by the copy, its time left as `aria-valuetext`. It announces when the wait starts
 * and when the retry begins, never once a second.
 */
const meta = {
  title: 'Components/RetryCountdown',
  component: LiveCountdown,
  args: { secondsLeft: 20, totalSeconds: 30, tryNow: true, primary: true, onRetryNow: fn() },
  argTypes: {
    secondsLeft: { control: { type: 'range', min: -1, max: 300 } },
    totalSeconds: { control: { type: 'range', min: 1, max: 300 } },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Counting down, live: the bar fills and the words change every second. */
export const Live: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    expect(rawKeysIn(canvasElement)).toEqual([]);
    const progress = bar(canvasElement);
    const before = Number(progress?.getAttribute('aria-valuenow'));
    const text = progress?.getAttribute('aria-valuetext');
    expect(text).toBeTruthy();
    await waitFor(() => expect(Number(progress?.getAttribute('aria-valuenow'))).toBeGreaterThan(before), {
      timeout: 2_500,
    });
    expect(progress?.getAttribute('aria-valuetext')).not.toBe(text);
    await userEvent.click(canvasElement.querySelector('.tactful-countdown button') as HTMLElement);
    expect(args.onRetryNow).toHaveBeenCalledTimes(1);
  },
};

/** The wait is over: "Trying again now", the bar full. */
export const Retrying: Story = {
  args: { secondsLeft: 0 },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('.tactful-countdown')).toHaveAttribute('data-state', 'retrying');
    expect(bar(canvasElement)).toHaveAttribute('aria-valuenow', '100');
  },
};

/** Nothing to offer but the wait. */
export const WithoutTryNow: Story = {
  args: { tryNow: false },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('button')).toBeNull();
  },
};

/** "Try now" as a secondary action, where another action of the message is primary. */
export const SecondaryTryNow: Story = {
  args: { primary: false },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('.tactful-countdown button')).toHaveAttribute(
      'data-variant',
      'secondary',
    );
  },
};

/** A provider asked for five minutes (the most the default policy waits). */
export const LongWait: Story = { args: { secondsLeft: 300, totalSeconds: 300 } };

/** One second left: the singular form in every language. */
export const OneSecond: Story = { args: { secondsLeft: 1, totalSeconds: 10 } };
