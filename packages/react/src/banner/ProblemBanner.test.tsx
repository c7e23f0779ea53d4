import {
  deriveViewModel,
  type IntentSnapshot,
  type IntentState,
  initialIntentState,
  type Problem,
} from '@tactful/core';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTactful } from '../../../../test/support/render';
import { ProblemBanner } from './ProblemBanner';

const funds: Problem = { kind: 'insufficient_funds', retryable: false, cause: null };

function viewModelFor(patch: Partial<IntentState> & Pick<IntentState, 'status'>, label?: string, now = 0) {
  const snapshot = {
    id: 'intent-1',
    idempotencyKey: 'key-1',
    label,
    state: { ...initialIntentState(), attempt: 1, ...patch } as IntentState,
  } satisfies IntentSnapshot;
  return deriveViewModel(snapshot, { now, canManageBilling: true });
}

describe('ProblemBanner', () => {
  it('is a region named by its title and the sentence naming the intent, with the tone in words and no alert role', async () => {
    await renderWithTactful(
      <ProblemBanner
        onAction={() => {}}
        viewModel={viewModelFor({ status: 'blocked', problem: funds }, 'summarizing your contracts')}
      />,
    );
    const region = screen.getByRole('region', {
      name: "Your balance has run out We couldn't finish summarizing your contracts because the balance on this account has run out.",
    });
    expect(region).toHaveAttribute('data-tone', 'critical');
    expect(region).toHaveAttribute('data-state', 'blocked');
    expect(region).toHaveAttribute('data-kind', 'insufficient_funds');
    expect(within(region).getByText('Important')).toBeInTheDocument();
    expect(region).toHaveTextContent(
      "We couldn't finish summarizing your contracts because the balance on this account has run out.",
    );
    expect(region).toHaveTextContent("Add funds and we'll pick up right where you left off.");
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('puts the one primary action first and styles it primary', async () => {
    const onAction = vi.fn();
    await renderWithTactful(
      <ProblemBanner onAction={onAction} viewModel={viewModelFor({ status: 'blocked', problem: funds })} />,
    );
    const buttons = within(screen.getByRole('region')).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Add funds',
      'Try again',
      'Discard request',
    ]);
    expect(buttons.map((button) => button.dataset.variant)).toEqual(['primary', 'secondary', 'secondary']);
    await userEvent.click(buttons[1] as HTMLElement);
    expect(onAction).toHaveBeenCalledWith('try_again');
  });

  it('offers a dismiss button, with a translated name, only where the view model offers dismiss', async () => {
    const onAction = vi.fn();
    const { rerender } = await renderWithTactful(
      <ProblemBanner onAction={onAction} viewModel={viewModelFor({ status: 'blocked', problem: funds })} />,
    );
    expect(screen.queryByRole('button', { name: 'Dismiss message' })).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(onAction).not.toHaveBeenCalled();

    rerender(
      <ProblemBanner
        onAction={onAction}
        viewModel={viewModelFor({ status: 'succeeded', problem: funds }, 'your summary')}
      />,
    );
    expect(screen.getByRole('region', { name: "All done We've finished your summary." })).toHaveAttribute(
      'data-tone',
      'success',
    );
    // Not the primary action here: the × beside the message, not a button among the actions.
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(onAction).toHaveBeenCalledWith('dismiss');
    // Escape dismisses too, once focus is inside the banner.
    screen.getByRole('button', { name: 'Dismiss message' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onAction).toHaveBeenCalledTimes(2);
  });

  it('shows a countdown with "Try now" while waiting, in place of the countdown sentence', async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      const onAction = vi.fn();
      const rateLimited: Problem = { kind: 'rate_limited', retryable: true, cause: null };
      const viewModel = viewModelFor(
        { status: 'waiting', problem: rateLimited, retryAt: 1_005_000, waitMs: 5000 },
        undefined,
        1_000_000,
      );
      await renderWithTactful(<ProblemBanner onAction={onAction} viewModel={viewModel} />);
      // The countdown changes every second: the name is the title and the cause, which do not.
      const region = screen.getByRole('region', {
        name: 'Pausing for a moment The service only accepts so many requests at a time, and that limit has been reached.',
      });
      expect(within(region).getAllByText('Trying again in 5 seconds.')).toHaveLength(1);
      expect(
        within(region).getByRole('progressbar', { name: 'Time until the next try' }),
      ).toBeInTheDocument();
      const tryNow = within(region).getByRole('button', { name: 'Try now' });
      expect(tryNow).toHaveAttribute('data-variant', 'primary');
      expect(
        within(region)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual(['Try now', 'Cancel request']);
      await act(() => vi.advanceTimersByTimeAsync(2000));
      expect(region).toHaveTextContent('Trying again in 3 seconds.');
      tryNow.click();
      expect(onAction).toHaveBeenCalledWith('retry_now');
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers dismissing a cancelled request as its primary action, a visible button', async () => {
    const onAction = vi.fn();
    await renderWithTactful(
      <ProblemBanner
        onAction={onAction}
        viewModel={viewModelFor({ status: 'cancelled', problem: funds }, 'summarizing your contracts')}
      />,
    );
    const region = screen.getByRole('region', {
      name: "Request cancelled We've stopped summarizing your contracts.",
    });
    const buttons = within(region).getAllByRole('button');
    expect(buttons.map((button) => [button.textContent, button.dataset.variant])).toEqual([
      ['Dismiss', 'primary'],
    ]);
    expect(within(region).queryByRole('button', { name: 'Dismiss message' })).toBeNull();
    await userEvent.click(buttons[0] as HTMLElement);
    expect(onAction).toHaveBeenCalledWith('dismiss');
    // Escape still dismisses from inside the banner.
    (buttons[0] as HTMLElement).focus();
    await userEvent.keyboard('{Escape}');
    expect(onAction).toHaveBeenCalledTimes(2);
  });

  it('tells apart two intents stopped for the same reason by the intent each names', async () => {
    await renderWithTactful(
      <>
        <ProblemBanner
          onAction={() => {}}
          viewModel={viewModelFor({ status: 'blocked', problem: funds }, 'summarizing the notes')}
        />
        <ProblemBanner
          onAction={() => {}}
          viewModel={viewModelFor({ status: 'blocked', problem: funds }, 'translating the notes')}
        />
      </>,
    );
    expect(screen.getAllByRole('region')).toHaveLength(2);
    expect(
      screen.getByRole('region', {
        name: /^Your balance has run out We couldn't finish summarizing the notes /,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', {
        name: /^Your balance has run out We couldn't finish translating the notes /,
      }),
    ).toBeInTheDocument();
  });

  it('renders nothing but copy for a problem whatever the provider sent', async () => {
    const hostile: Problem = {
      kind: 'insufficient_funds',
      retryable: false,
      cause: '<script>alert(1)</script>',
      detail: '<img src=x onerror=alert(1)> credit balance too low',
      code: 'javascript:alert(1)',
    };
    const { container } = await renderWithTactful(
      <ProblemBanner onAction={() => {}} viewModel={viewModelFor({ status: 'blocked', problem: hostile })} />,
    );
    expect(container.innerHTML).not.toMatch(/script|onerror|javascript|credit balance too low/i);
  });
});
