import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  classify,
  classifyResponse,
  createIntentRuntime,
  intentStore,
  memoryStorage,
  type PendingIntent,
  providerName,
  type StorageAdapter,
} from '@tactful/core';
import { ProblemBanner, ResumePrompt, useIntent, usePendingIntents } from '@tactful/react';
import { useEffect, useId, useState } from 'react';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { loadedCopy } from '../support/copy';
import { fixture, toResponse } from '../support/fixtures';
import { StoryTactful, useStoryFrame } from '../support/frame';
import { intentLabel } from '../support/labels';

interface Args {
  /** Each call to the API, with the request's idempotency key. */
  readonly onCall: (idempotencyKey: string) => void;
}

interface Input {
  readonly files: number;
}

/** The account behind the API: empty until someone pays on the billing page. */
interface Account {
  funded: boolean;
}

/** One page load: its own runtime over the shared storage, as a reload would make. */
function PageLoad({
  storage,
  namespace,
  account,
  args,
}: {
  storage: StorageAdapter;
  namespace: string;
  account: Account;
  args: Args;
}) {
  const [page] = useState(() => {
    const store = intentStore({ storage, namespace });
    return { store, runtime: createIntentRuntime({ classify, store }) };
  });
  useEffect(
    () => () => {
      page.runtime.destroy();
      page.store.close?.();
    },
    [page],
  );
  return (
    <StoryTactful providerName={providerName} runtime={page.runtime}>
      <Summaries account={account} args={args} />
    </StoryTactful>
  );
}

function Summaries({ account, args }: { account: Account; args: Args }) {
  const { locale } = useStoryFrame();
  const label = intentLabel(locale, 'short');
  const intent = useIntent<Input>({
    label,
    // Stored so it survives the reload: only this, never the label or the problem's details.
    serialize: (input) => input,
    run: async ({ idempotencyKey }) => {
      args.onCall(idempotencyKey);
      await new Promise((resolve) => setTimeout(resolve, 150));
      if (!account.funded) throw await classifyResponse(toResponse(fixture('deepseek-insufficient-balance')));
      return 'summary';
    },
  });
  const pending = usePendingIntents();
  const resume = (intents: readonly PendingIntent[]) => {
    for (const stored of intents) void intent.resume(stored, stored.data as Input);
  };
  return (
    <div className="story-stack">
      <div className="story-row" lang="en">
        <button
          className="tactful-button"
          data-story-submit=""
          onClick={() => void intent.submit({ files: 40 })}
          type="button"
        >
          Summarize 40 contracts
        </button>
        <span className="story-caption" data-story-status={intent.status}>
          This page's request: {intent.status}
        </span>
      </div>
      <ResumePrompt
        label={() => label}
        onDiscard={pending.discard}
        onResume={resume}
        pending={pending.intents}
      />
      {intent.viewModel ? <ProblemBanner onAction={intent.onAction} viewModel={intent.viewModel} /> : null}
    </div>
  );
}

function ResumeDemo(args: Args) {
  const [storage] = useState(memoryStorage);
  const [account] = useState<Account>({ funded: false });
  const [funded, setFunded] = useState(false);
  const [load, setLoad] = useState(1);
  // One namespace per story, shared by its page loads: as one site's storage, locks and channel. Random,
  // since locks and channels are shared by every frame of the origin (tests run stories side by side).
  const [namespace] = useState(() => `story-${Math.random().toString(36).slice(2)}`);
  const titleId = useId();
  return (
    <div className="story-stack">
      <section aria-labelledby={titleId} className="story-panel" lang="en">
        <h2 id={titleId}>The browser (simulated)</h2>
        <div className="story-row">
          <button
            className="tactful-button"
            data-story-reload=""
            onClick={() => setLoad(load + 1)}
            type="button"
          >
            Reload the page
          </button>
          <button
            className="tactful-button"
            data-story-fund=""
            disabled={funded}
            onClick={() => {
              account.funded = true;
              setFunded(true);
            }}
            type="button"
          >
            Add funds on the billing page
          </button>
          <span className="story-caption" data-story-load={load}>
            Page load {load} · account {funded ? 'funded' : 'empty'} · storage keeps {storage.keys().length}{' '}
            record(s)
          </span>
        </div>
      </section>
      <PageLoad account={account} args={args} key={load} namespace={namespace} storage={storage} />
    </div>
  );
}

/**
 * A request refused for want of funds is stored (only what the app's serializer returns, with its id,
 * idempotency key and kind), the page is reloaded, and the new page offers to pick it up where it was:
 * `usePendingIntents` lists it, `ResumePrompt` asks, and `useIntent().resume` runs it again with the same
 * idempotency key. Here the storage is in memory and the reload remounts the page with a new runtime.
 */
const meta = {
  title: 'Flows/Resume after reload',
  component: ResumeDemo,
  args: { onCall: fn() },
  parameters: { tactful: false },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const statusOf = (root: HTMLElement) =>
  root.querySelector('[data-story-status]')?.getAttribute('data-story-status');

export const Resume: Story = {
  play: async ({ canvasElement, args, userEvent, loaded, globals }) => {
    const copy = loadedCopy(loaded);
    const label = intentLabel(String(globals.locale ?? 'en'), 'short') ?? '';
    await userEvent.click(canvasElement.querySelector('[data-story-submit]') as HTMLElement);
    await waitFor(() => expect(statusOf(canvasElement)).toBe('blocked'));
    expectSoundBanners(canvasElement);
    await userEvent.click(canvasElement.querySelector('[data-story-reload]') as HTMLElement);
    // A new page: nothing of its own yet, and the earlier request offered back.
    await waitFor(() => expect(canvasElement.querySelector('.tactful-resume')).not.toBeNull());
    expect(statusOf(canvasElement)).toBe('idle');
    // Named by its title and the sentence naming the request.
    const prompt = screen.getByRole('region', {
      name: `${copy('resume.title')} ${copy({ key: 'resume.body_intent', values: { intent: label } })}`,
    });
    await userEvent.click(canvasElement.querySelector('[data-story-fund]') as HTMLElement);
    await userEvent.click(prompt.querySelector('[data-variant="primary"]') as HTMLElement);
    await waitFor(() => expect(statusOf(canvasElement)).toBe('succeeded'));
    expect(canvasElement.querySelector('.tactful-resume')).toBeNull();
    // The same request both times: one idempotency key.
    const keys = (args.onCall as ReturnType<typeof fn>).mock.calls.map(([key]) => key);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
  },
};

/** Letting it go: discarded for every tab, and not offered again after the next reload. */
export const Discard: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(canvasElement.querySelector('[data-story-submit]') as HTMLElement);
    await waitFor(() => expect(statusOf(canvasElement)).toBe('blocked'));
    await userEvent.click(canvasElement.querySelector('[data-story-reload]') as HTMLElement);
    await waitFor(() => expect(canvasElement.querySelector('.tactful-resume')).not.toBeNull());
    const buttons = canvasElement.querySelectorAll<HTMLElement>('.tactful-resume button');
    await userEvent.click(buttons[1] as HTMLElement);
    expect(canvasElement.querySelector('.tactful-resume')).toBeNull();
    await userEvent.click(canvasElement.querySelector('[data-story-reload]') as HTMLElement);
    await waitFor(() => expect(canvasElement.querySelector('[data-story-load="3"]')).not.toBeNull());
    expect(canvasElement.querySelector('.tactful-resume')).toBeNull();
  },
};
