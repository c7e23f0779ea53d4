import type { Meta, StoryObj } from '@storybook/react-vite';
import { classifyResponse, providerName } from '@tactful/core';
import { ProblemBanner, useIntent } from '@tactful/react';
import { useEffect } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { fixture, toResponse } from '../support/fixtures';
import { useStoryFrame } from '../support/frame';
import { intentLabel } from '../support/labels';

/** Real provider answers that say how long to wait (Retry-After, or the message itself). */
const WAITS = [
  'anthropic-rate-limit-429-headers',
  'azure-openai-429-call-rate-3s',
  'gemini-code-assist-capacity-27s',
  'gemini-code-assist-capacity-exhausted-503',
  'akamai-429-quota-exhausted-wording',
  'anthropic-overloaded-529',
] as const;

interface Args {
  /** The provider's real answer to the first runs. */
  readonly answer: (typeof WAITS)[number];
  /** How many runs meet it before one goes through (more than 3: the retries run out). */
  readonly refusals: number;
  /** Each run of the request, with its attempt number and idempotency key. */
  readonly onRun: (attempt: number, idempotencyKey: string) => void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request through `useIntent`, refused by the provider `refusals` times, started when the story opens. */
function RetriedRequest({ answer, refusals, onRun }: Args) {
  const { locale } = useStoryFrame();
  const intent = useIntent({
    label: intentLabel(locale, 'short'),
    run: async ({ attempt, idempotencyKey }) => {
      onRun(attempt, idempotencyKey);
      await pause(200);
      if (attempt <= refusals) throw await classifyResponse(toResponse(fixture(answer)));
      return 'summary';
    },
  });
  const { submit } = intent;
  useEffect(() => {
    void submit();
  }, [submit]);
  return (
    <div className="story-stack">
      <div className="story-row" dir="ltr" lang="en">
        <button className="tactful-button" onClick={() => void submit()} type="button">
          Replay
        </button>
        <span className="story-caption">
          Request {intent.status} · the provider answers <code>{answer}</code> {refusals} time(s)
        </span>
      </div>
      {intent.viewModel ? <ProblemBanner onAction={intent.onAction} viewModel={intent.viewModel} /> : null}
    </div>
  );
}

/**
 * `useIntent` keeps the request and lets the real runtime wait and retry: a live countdown honouring the
 * provider's own Retry-After, announced once when the wait starts (not every second), "Try now" to skip
 * it, the same idempotency key on every attempt, and the success said politely. Billing problems never
 * wait like this: they are not retried on their own.
 */
const meta = {
  title: 'Hooks/useIntent',
  component: RetriedRequest,
  args: { answer: 'anthropic-rate-limit-429-headers', refusals: 1, onRun: fn() },
  argTypes: {
    answer: { control: 'select', options: WAITS },
    refusals: { control: { type: 'range', min: 0, max: 5 } },
  },
  parameters: { tactful: { providerName } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const banner = (root: HTMLElement) => root.querySelector<HTMLElement>('.tactful-banner');

/** Anthropic's 429 with its retry-after header: a live countdown; "Try now" runs it at once, and it goes through. */
export const WaitingLive: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    await waitFor(() => expect(banner(canvasElement)).toHaveAttribute('data-state', 'waiting'));
    expectSoundBanners(canvasElement);
    const bar = canvasElement.querySelector('[role="progressbar"]');
    const before = Number(bar?.getAttribute('aria-valuenow'));
    await waitFor(() => expect(Number(bar?.getAttribute('aria-valuenow'))).toBeGreaterThan(before), {
      timeout: 2_500,
    });
    await userEvent.click(canvasElement.querySelector('.tactful-countdown button') as HTMLElement);
    await waitFor(() => expect(banner(canvasElement)).toHaveAttribute('data-state', 'succeeded'));
    // Two runs of one request: the same idempotency key each time.
    expect(args.onRun).toHaveBeenCalledTimes(2);
    const keys = (args.onRun as ReturnType<typeof fn>).mock.calls.map((call) => call[1]);
    expect(keys[1]).toBe(keys[0]);
  },
};

/** Azure's 3-second Retry-After: the retry happens on its own. */
export const RetriesOnItsOwn: Story = {
  args: { answer: 'azure-openai-429-call-rate-3s' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(banner(canvasElement)).toHaveAttribute('data-state', 'waiting'));
    await waitFor(() => expect(banner(canvasElement)).toHaveAttribute('data-state', 'succeeded'), {
      timeout: 6_000,
    });
  },
};
