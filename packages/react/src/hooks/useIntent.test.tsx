import { type IntentOutcome, money, type Problem, type ProblemKind, type RunIntent } from '@tactful/core';
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  recordAnnouncements,
  renderWithTactful,
  type TactfulTestOptions,
} from '../../../../test/support/render';
import { ProblemBanner } from '../banner/ProblemBanner';
import { useIntent } from './useIntent';

const problem = (kind: ProblemKind, extra: Partial<Problem> = {}): Problem => ({
  kind,
  retryable: ['rate_limited', 'overloaded', 'outage', 'timeout', 'offline'].includes(kind),
  cause: null,
  ...extra,
});

/** A run that fails with each given problem in turn, then succeeds with `done`. */
function failing(...problems: Problem[]) {
  const inputs: unknown[] = [];
  const run = vi.fn<RunIntent<string, string>>(async ({ input }) => {
    inputs.push(input);
    const next = problems.shift();
    if (next) throw next;
    return `done: ${input}`;
  });
  return { run, inputs };
}

let outcome: Promise<IntentOutcome<string>> | undefined;

function Task({
  run,
  label = 'summarizing your contracts',
}: {
  run: RunIntent<string, string>;
  label?: string;
}) {
  const intent = useIntent<string, string>({ label, run });
  return (
    <div>
      <button
        onClick={() => {
          outcome = intent.submit('40 contracts');
        }}
        type="button"
      >
        Summarize
      </button>
      <output data-testid="status">{intent.status}</output>
      {intent.viewModel ? <ProblemBanner onAction={intent.onAction} viewModel={intent.viewModel} /> : null}
    </div>
  );
}

async function start(run: RunIntent<string, string>, options: TactfulTestOptions = {}) {
  const view = await renderWithTactful(<Task run={run} />, options);
  const announcements = recordAnnouncements();
  await userEvent.click(screen.getByRole('button', { name: 'Summarize' }));
  return { ...view, announcements };
}

const status = () => screen.getByTestId('status').textContent;
const banner = () => screen.getByRole('region');
const buttonsIn = (element: HTMLElement) =>
  within(element)
    .queryAllByRole('button')
    .map((button) => button.textContent);

afterEach(() => {
  outcome = undefined;
  vi.useRealTimers();
});

describe('useIntent', () => {
  it('shows and says nothing while all goes well', async () => {
    const { run } = failing();
    const { announcements } = await start(run);
    await waitFor(() => expect(status()).toBe('succeeded'));
    expect(await outcome).toEqual({ status: 'succeeded', value: 'done: 40 contracts' });
    expect(screen.queryByRole('region')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(announcements.said).toEqual([]);
  });

  it('keeps a request refused for money, says why assertively, and offers only what the page can do', async () => {
    const { run } = failing(problem('insufficient_funds'));
    const { announcements } = await start(run);
    await waitFor(() => expect(status()).toBe('blocked'));
    expect(banner()).toHaveAccessibleName(
      "Your balance has run out We couldn't finish summarizing your contracts because the balance on this account has run out.",
    );
    // No recharge flow on this page: no "Add funds" that would do nothing; trying again is the way.
    expect(buttonsIn(banner())).toEqual(['Try again', 'Discard request']);
    expect(within(banner()).getByRole('button', { name: 'Try again' })).toHaveAttribute(
      'data-variant',
      'primary',
    );
    await waitFor(() =>
      expect(announcements.said).toEqual([
        {
          politeness: 'assertive',
          text: "We couldn't finish summarizing your contracts because the balance on this account has run out.",
        },
      ]),
    );

    await userEvent.click(within(banner()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(status()).toBe('succeeded'));
    expect(run).toHaveBeenCalledTimes(2);
    expect(banner()).toHaveAccessibleName("All done We've finished summarizing your contracts.");
    await waitFor(() =>
      expect(announcements.said.at(-1)).toEqual({
        politeness: 'polite',
        text: "We've finished summarizing your contracts.",
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(await outcome).toEqual({ status: 'succeeded', value: 'done: 40 contracts' });
  });

  it('opens the recharge flow from "Add funds" when the app gave one', async () => {
    const { run } = failing(problem('insufficient_funds'));
    await start(run, { onRecharge: async () => {} });
    await waitFor(() => expect(status()).toBe('blocked'));
    expect(buttonsIn(banner())).toEqual(['Add funds', 'Try again', 'Discard request']);
    await userEvent.click(screen.getByRole('button', { name: 'Add funds' }));
    expect(await screen.findByRole('alertdialog')).toBeInTheDocument();
    // Choosing an amount is not paying yet: the intent waits for a person until the checkout runs.
    expect(status()).toBe('blocked');
  });

  it('makes "Add funds" a link to rechargeUrl, refusing a dangerous one', async () => {
    const { run } = failing(problem('insufficient_funds'));
    await start(run, { rechargeUrl: '/billing?from=banner' });
    await waitFor(() => expect(status()).toBe('blocked'));
    expect(within(banner()).getByRole('link', { name: 'Add funds' })).toHaveAttribute(
      'href',
      '/billing?from=banner',
    );
  });

  it("hands the app's own actions to its handlers, with the intent", async () => {
    const signIn = vi.fn();
    const { run } = failing(problem('auth_invalid'));
    await start(run, { actions: { sign_in: signIn } });
    await waitFor(() => expect(status()).toBe('blocked'));
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(signIn).toHaveBeenCalledWith(expect.objectContaining({ label: 'summarizing your contracts' }));
    expect(signIn.mock.calls[0]?.[0].state.status).toBe('blocked');
  });

  it('asks an admin when the user cannot pay', async () => {
    const { run } = failing(problem('insufficient_funds'));
    await start(run, { canManageBilling: false, onRecharge: async () => {} });
    await waitFor(() => expect(status()).toBe('blocked'));
    expect(banner()).toHaveTextContent('Ask someone who manages billing to add funds.');
    expect(buttonsIn(banner())[0]).toBe('Ask an admin');
    expect(screen.queryByRole('button', { name: 'Add funds' })).toBeNull();
  });

  it("uses the app's balance so the message never contradicts the page", async () => {
    const { run } = failing(
      problem('insufficient_funds', { amounts: { balance: money(9, 'USD'), needed: money(2, 'USD') } }),
    );
    await start(run, { balance: money(1.5, 'USD') });
    await waitFor(() => expect(status()).toBe('blocked'));
    expect(banner()).toHaveTextContent('The account has $1.50 left, and this request needs $2.00.');
  });

  it("offers the page's fallback for the kind at hand and runs it with the intent's input", async () => {
    const basic = vi.fn<RunIntent<unknown, unknown>>(async ({ input }) => `basic: ${String(input)}`);
    const { run } = failing(problem('overloaded'));
    await start(run, {
      retryPolicy: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1, maxWaitMs: 1 },
      fallbacks: {
        overloaded: { label: 'the basic model', run: basic },
        outage: { label: 'the offline editor', run: basic },
      },
    });
    await waitFor(() => expect(status()).toBe('failed'));
    expect(banner()).toHaveTextContent('You can continue with the basic model instead.');
    await userEvent.click(screen.getByRole('button', { name: 'Use the alternative' }));
    expect(await outcome).toEqual({ status: 'succeeded', value: 'basic: 40 contracts' });
    expect(basic).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('counts a wait down once a second, announcing its start and the retry but no tick', async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const failures = [problem('rate_limited', { retryAfterMs: 3000 })];
    // The retry takes a moment, as a real request does, so the region has time to say it started.
    const run = vi.fn<RunIntent<string, string>>(async () => {
      const failure = failures.shift();
      if (failure) throw failure;
      await new Promise((resolve) => setTimeout(resolve, 500));
      return 'done';
    });
    await renderWithTactful(<Task run={run} />);
    const announcements = recordAnnouncements();
    await act(async () => screen.getByRole('button', { name: 'Summarize' }).click());
    expect(status()).toBe('waiting');
    expect(banner()).toHaveTextContent('Trying again in 3 seconds.');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(banner()).toHaveTextContent('Trying again in 2 seconds.');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(banner()).toHaveTextContent('Trying again in 1 second.');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(status()).toBe('running');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(status()).toBe('succeeded');
    expect(run).toHaveBeenCalledTimes(2);
    expect(announcements.said).toEqual([
      {
        politeness: 'polite',
        text: 'We paused summarizing your contracts because the service only accepts so many requests at a time. Trying again automatically in 3 seconds.',
      },
      { politeness: 'polite', text: 'Still working on summarizing your contracts.' },
      { politeness: 'polite', text: "We've finished summarizing your contracts." },
    ]);
  });

  it('lets the user discard a request, which then leaves the page', async () => {
    const { run } = failing(problem('invalid_request'));
    await start(run, { actions: { edit_request: () => {} } });
    await waitFor(() => expect(status()).toBe('failed'));
    expect(buttonsIn(banner())).toEqual(['Edit request', 'Discard request']);
    await userEvent.click(screen.getByRole('button', { name: 'Discard request' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(await outcome).toEqual({ status: 'discarded', value: undefined });
  });

  it('works under StrictMode, whose simulated unmount ends the first runtime', async () => {
    const { run } = failing(problem('insufficient_funds'));
    await renderWithTactful(
      <StrictMode>
        <Task run={run} />
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Summarize' }));
    await waitFor(() => expect(status()).toBe('blocked'));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('needs a provider, and says so', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useIntent({ run: async () => 1 }))).toThrow(/TactfulProvider/);
  });
});
