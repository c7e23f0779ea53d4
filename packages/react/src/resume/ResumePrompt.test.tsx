import { memoryStorage, type PendingIntent, type StorageAdapter } from '@tactful/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { copyText, recordAnnouncements, renderWithTactful } from '../../../../test/support/render';
import { useIntent } from '../hooks/useIntent';
import { usePendingIntents } from '../hooks/usePendingIntents';
import { ResumePrompt } from './ResumePrompt';

const pending = (id: string, data: unknown): PendingIntent => ({
  id,
  idempotencyKey: `key-${id}`,
  kind: 'insufficient_funds',
  attempt: 1,
  savedAt: 0,
  data,
});

describe('ResumePrompt', () => {
  it('names the one request left unfinished and offers to resume it first', async () => {
    const onResume = vi.fn();
    const onDiscard = vi.fn();
    const { i18n } = await renderWithTactful(
      <ResumePrompt
        label={(intent) => `summarizing ${String(intent.data)}`}
        onDiscard={onDiscard}
        onResume={onResume}
        pending={[pending('a', '40 contracts')]}
      />,
    );
    // Named by the title and the sentence naming the request.
    screen.getByRole('region', {
      name: `${copyText(i18n, 'resume.title')} ${copyText(i18n, 'resume.body_intent', { intent: 'summarizing 40 contracts' })}`,
    });
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      copyText(i18n, 'actions.resume'),
      copyText(i18n, 'actions.discard'),
    ]);
    expect(buttons[0]).toHaveAttribute('data-variant', 'primary');
    await userEvent.click(buttons[0] as HTMLElement);
    expect(onResume).toHaveBeenCalledWith([pending('a', '40 contracts')]);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('counts several, announces once politely, and shows nothing when there are none', async () => {
    const onDiscard = vi.fn();
    const { i18n, rerender } = await renderWithTactful(
      <ResumePrompt onDiscard={onDiscard} onResume={() => {}} pending={[]} />,
    );
    const announcements = recordAnnouncements();
    expect(screen.queryByRole('region')).toBeNull();
    const two = [pending('a', 1), pending('b', 2)];
    rerender(<ResumePrompt onDiscard={onDiscard} onResume={() => {}} pending={two} />);
    expect(screen.getByRole('region')).toHaveTextContent(copyText(i18n, 'resume.body_count', { count: 2 }));
    rerender(<ResumePrompt onDiscard={onDiscard} onResume={() => {}} pending={[...two]} />);
    await waitFor(() =>
      expect(announcements.said).toEqual([
        { politeness: 'polite', text: copyText(i18n, 'resume.body_count', { count: 2 }) },
      ]),
    );
    await userEvent.click(screen.getByRole('button', { name: copyText(i18n, 'actions.discard') }));
    expect(onDiscard).toHaveBeenCalledWith(two);
  });
});

/** A page that keeps requests refused for money across reloads, and offers to pick them up. */
function Page({ run }: { run: (input: string) => Promise<string> }) {
  const intent = useIntent<string, string>({
    label: 'summarizing your contracts',
    run: ({ input }) => run(input),
    serialize: (input) => input,
  });
  const { intents, discard } = usePendingIntents();
  return (
    <>
      <button onClick={() => void intent.submit('40 contracts')} type="button">
        Summarize
      </button>
      <output data-testid="status">{intent.status}</output>
      <ResumePrompt
        onDiscard={discard}
        onResume={(found) => {
          for (const one of found) void intent.resume(one, String(one.data));
        }}
        pending={intents}
      />
    </>
  );
}

describe('usePendingIntents with ResumePrompt', () => {
  async function leaveOneBehind(storage: StorageAdapter) {
    const refused = vi.fn(async (): Promise<string> => {
      throw { kind: 'insufficient_funds', retryable: false, cause: null };
    });
    const first = await renderWithTactful(<Page run={refused} />, { storage });
    await userEvent.click(screen.getByRole('button', { name: 'Summarize' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('blocked'));
    // Not offered on the page that holds it.
    expect(screen.queryByRole('region')).toBeNull();
    first.unmount();
  }

  it('offers what an earlier page left, and resumes it with its stored input', async () => {
    const storage = memoryStorage();
    await leaveOneBehind(storage);
    const run = vi.fn(async (input: string) => `done: ${input}`);
    const { i18n } = await renderWithTactful(<Page run={run} />, { storage });
    const name = `${copyText(i18n, 'resume.title')} ${copyText(i18n, 'resume.body_count', { count: 1 })}`;
    await screen.findByRole('region', { name });
    await userEvent.click(screen.getByRole('button', { name: copyText(i18n, 'actions.resume') }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('succeeded'));
    expect(run).toHaveBeenCalledWith('40 contracts');
    expect(screen.queryByRole('region', { name })).toBeNull();
  });

  it('lets it go for good when the user discards it', async () => {
    const storage = memoryStorage();
    await leaveOneBehind(storage);
    const run = vi.fn(async (input: string) => input);
    const second = await renderWithTactful(<Page run={run} />, { storage });
    await userEvent.click(
      await screen.findByRole('button', { name: copyText(second.i18n, 'actions.discard') }),
    );
    expect(screen.queryByRole('region')).toBeNull();
    second.unmount();
    await renderWithTactful(<Page run={run} />, { storage });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region')).toBeNull();
    expect(run).not.toHaveBeenCalled();
  });
});
