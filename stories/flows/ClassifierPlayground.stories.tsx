import type { Meta, StoryObj } from '@storybook/react-vite';
import { classify, type Problem, providerName } from '@tactful/core';
import { ProblemBanner, useProblem } from '@tactful/react';
import { useId, useMemo, useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { FIXTURE_NAMES, fixture, responseOf } from '../support/fixtures';
import { StoryTactful, useStoryFrame } from '../support/frame';
import { intentLabel, type LabelLength } from '../support/labels';

interface Args {
  /** The real provider response to start from; the text can then be edited or replaced. */
  readonly fixture: string;
  readonly label: LabelLength;
  readonly canManageBilling: boolean;
  readonly onAction: () => void;
}

type Reading = { readonly as: string; readonly problem: Problem } | undefined;

const RESPONSE_KEYS = ['status', 'headers', 'body'];

/**
 * What the pasted text is read as: a response (`{status, headers, body}`), any other JSON value (a body,
 * an SDK error's fields), or raw text (an HTML gateway page, an event stream, a log line).
 */
function read(text: string): Reading {
  if (!text.trim()) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { as: 'raw text', problem: classify(text) };
  }
  const isResponse =
    typeof parsed === 'object' && parsed !== null && RESPONSE_KEYS.some((key) => key in parsed);
  return isResponse
    ? { as: 'a response: { status, headers, body }', problem: classify(parsed) }
    : { as: 'a JSON value (a body, or an error’s fields)', problem: classify(parsed) };
}

/** The Problem as data: `cause` (the input itself) left out, everything else as the classifier gave it. */
const asData = ({ cause: _, ...problem }: Problem) => JSON.stringify(problem, null, 2);

const textOf = (name: string) => JSON.stringify(responseOf(fixture(name)), null, 2);
const PASTE = '';

function Playground({ fixture: initial, label, onAction }: Args) {
  const { locale } = useStoryFrame();
  const ids = { select: useId(), text: useId(), problem: useId(), message: useId() };
  const [chosen, setChosen] = useState(initial);
  const [text, setText] = useState(() => textOf(initial));
  const reading = useMemo(() => read(text), [text]);
  const known = chosen === PASTE ? undefined : fixture(chosen);
  const edited = known !== undefined && text !== textOf(chosen);
  const named = intentLabel(locale, label);
  const banner = useProblem(reading?.problem, named === undefined ? {} : { label: named });

  return (
    <div className="story-columns">
      <form className="story-panel" lang="en" onSubmit={(event) => event.preventDefault()}>
        <div className="story-field">
          <label htmlFor={ids.select}>Provider response (78 real ones)</label>
          <select
            id={ids.select}
            onChange={(event) => {
              setChosen(event.target.value);
              if (event.target.value !== PASTE) setText(textOf(event.target.value));
            }}
            value={chosen}
          >
            <option value={PASTE}>Paste your own…</option>
            {FIXTURE_NAMES.map((name) => (
              <option key={name} value={name}>
                {fixture(name).provider} {fixture(name).status} · {name}
              </option>
            ))}
          </select>
        </div>
        <div className="story-field">
          <label htmlFor={ids.text}>
            Response as JSON <code>{'{ status, headers, body }'}</code>, any JSON, or raw text
          </label>
          <textarea
            dir="ltr"
            id={ids.text}
            onChange={(event) => setText(event.target.value)}
            rows={14}
            spellCheck={false}
            value={text}
          />
        </div>
        {known ? (
          <p className="story-caption" data-story-fixture-notes="">
            {edited ? 'Edited from ' : ''}
            <code>{known.name}</code>: a careful human says <code>{known.kind}</code>. {known.notes}
          </p>
        ) : null}
      </form>
      <div className="story-stack">
        <section aria-labelledby={ids.problem} className="story-panel" lang="en">
          <h2 id={ids.problem}>Problem — for developers</h2>
          {reading ? (
            <>
              <p className="story-caption">
                Read as {reading.as}. <code>detail</code>, <code>code</code> and <code>requestId</code> are
                the provider's own data, for logs and support: the kit never shows them to users.
              </p>
              <pre className="story-pre" data-story-problem={reading.problem.kind} dir="ltr">
                {asData(reading.problem)}
              </pre>
            </>
          ) : (
            <p className="story-caption">Paste a response to classify it.</p>
          )}
        </section>
        <section aria-labelledby={ids.message} className="story-stack">
          <h2 className="story-caption" id={ids.message} lang="en">
            The message users see, in the toolbar's language
          </h2>
          {banner ? (
            <ProblemBanner headingLevel={3} onAction={onAction} viewModel={banner.viewModel} />
          ) : reading ? (
            <p className="story-caption" lang="en">
              No message: a request cancelled on purpose is not a problem to show.
            </p>
          ) : null}
        </section>
      </div>
    </div>
  );
}

/**
 * Pick a real provider error (all 78 fixtures) or paste one, and see the `Problem` the classifier makes of
 * it — as data, for developers — and the message it produces for users, in the toolbar's language. The
 * provider's own text is never part of that message.
 */
const meta = {
  title: 'Flows/Classifier playground',
  component: Playground,
  args: { fixture: 'openai-insufficient-quota', label: 'short', canManageBilling: true, onAction: fn() },
  argTypes: {
    fixture: { control: 'select', options: FIXTURE_NAMES },
    label: { control: 'inline-radio', options: ['short', 'long', 'none'] },
  },
  parameters: { tactful: false },
  render: (args) => (
    <StoryTactful canManageBilling={args.canManageBilling} providerName={providerName}>
      <Playground {...args} key={args.fixture} />
    </StoryTactful>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const problemKind = (root: HTMLElement) =>
  root.querySelector('[data-story-problem]')?.getAttribute('data-story-problem');
const bannerOf = (root: HTMLElement) => root.querySelector<HTMLElement>('.tactful-banner');

/** OpenAI's 429 that is really an empty balance: the Problem, and the message — without OpenAI's words. */
export const FromAFixture: Story = {
  play: async ({ canvasElement }) => {
    expect(problemKind(canvasElement)).toBe('insufficient_funds');
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner).toHaveAttribute('data-kind', 'insufficient_funds');
    // The provider's text is data for developers, never the user's message.
    const detail = classify(responseOf(fixture('openai-insufficient-quota'))).detail ?? '';
    expect(detail).not.toBe('');
    expect(canvasElement.querySelector('[data-story-problem]')?.textContent).toContain(detail);
    expect(banner?.textContent).not.toContain(detail);
  },
};

/** Choosing another fixture classifies it at once. */
export const PickAnother: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.selectOptions(
      canvasElement.querySelector('select') as HTMLSelectElement,
      'anthropic-overloaded-529',
    );
    await waitFor(() => expect(problemKind(canvasElement)).toBe('overloaded'));
    expect(bannerOf(canvasElement)).toHaveAttribute('data-kind', 'overloaded');
    expectSoundBanners(canvasElement);
  },
};

/** Raw text, as a log line or a proxy would give it. */
export const PasteRawText: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.selectOptions(canvasElement.querySelector('select') as HTMLSelectElement, PASTE);
    const area = canvasElement.querySelector('textarea') as HTMLTextAreaElement;
    await userEvent.clear(area);
    await userEvent.type(area, 'Your credit balance is too low to access the Anthropic API.');
    await waitFor(() => expect(problemKind(canvasElement)).toBe('insufficient_funds'));
    expect(canvasElement.textContent).toContain('Read as raw text');
    expectSoundBanners(canvasElement);
  },
};

/** A response of the app's own API, pasted as JSON: a 429 with Retry-After. */
export const PasteJson: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const area = canvasElement.querySelector('textarea') as HTMLTextAreaElement;
    await userEvent.clear(area);
    // userEvent.type reads { and [ as keys: paste the JSON instead.
    area.focus();
    await userEvent.paste(
      '{"status": 429, "headers": {"retry-after": "12"}, "body": {"error": "slow down"}}',
    );
    await waitFor(() => expect(problemKind(canvasElement)).toBe('rate_limited'));
    expect(canvasElement.querySelector('[data-story-problem]')?.textContent).toContain(
      '"retryAfterMs": 12000',
    );
  },
};

/** Text that is no failure anyone can place: "unknown", worded without inventing a cause. */
export const Unplaceable: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const area = canvasElement.querySelector('textarea') as HTMLTextAreaElement;
    await userEvent.clear(area);
    await userEvent.type(area, 'hello');
    await waitFor(() => expect(problemKind(canvasElement)).toBe('unknown'));
    expectSoundBanners(canvasElement);
  },
};
