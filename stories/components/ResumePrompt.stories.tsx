import type { Meta, StoryObj } from '@storybook/react-vite';
import type { PendingIntent } from '@tactful/core';
import { ResumePrompt } from '@tactful/react';
import { expect, fn } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { loadedCopy } from '../support/copy';
import { useStoryFrame } from '../support/frame';
import { intentLabel, type LabelLength } from '../support/labels';

/** What an earlier page stored: exactly the records `pendingIntents()` lists after a reload. */
const pending = (count: number): PendingIntent[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `intent-${index + 1}`,
    idempotencyKey: `key-${index + 1}`,
    kind: 'insufficient_funds',
    attempt: 1,
    savedAt: Date.UTC(2026, 10, 25, 14, 5),
    data: { files: 40 },
  }));

interface Args {
  readonly count: number;
  /** How the app names a stored request from its data ("none": it cannot). */
  readonly label: LabelLength;
  readonly onResume: (intents: readonly PendingIntent[]) => void;
  readonly onDiscard: (intents: readonly PendingIntent[]) => void;
}

function Prompt({ count, label, onResume, onDiscard }: Args) {
  const { locale } = useStoryFrame();
  return (
    <ResumePrompt
      label={() => intentLabel(locale, label)}
      onDiscard={onDiscard}
      onResume={onResume}
      pending={pending(count)}
    />
  );
}

/**
 * "Pick up where you left off?" after a reload, for requests an earlier page kept: resume them (the
 * primary action) or let them go. Announced politely once; it goes away as soon as the user answers.
 * The whole reload, with a real store, is in **Flows/Resume after reload**.
 */
const meta = {
  title: 'Components/ResumePrompt',
  component: Prompt,
  args: { count: 1, label: 'short', onResume: fn(), onDiscard: fn() },
  argTypes: {
    count: { control: { type: 'range', min: 0, max: 12 } },
    label: { control: 'inline-radio', options: ['short', 'long', 'none'] },
  },
  play: async ({ canvasElement }) => {
    expectSoundBanners(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One request, named by the app: "Before you left, you were in the middle of summarizing 40 contracts." */
export const OneNamed: Story = {
  play: async ({ canvasElement, args, userEvent, loaded }) => {
    const [banner] = expectSoundBanners(canvasElement);
    const resume = banner?.querySelector('[data-variant="primary"]') as HTMLElement;
    expect(resume).toHaveTextContent(loadedCopy(loaded)('actions.resume'));
    await userEvent.click(resume);
    expect(args.onResume).toHaveBeenCalledWith(pending(1));
    // Answered: it goes away.
    expect(canvasElement.querySelector('.tactful-resume')).toBeNull();
  },
};

/** One request the app cannot name. */
export const OneUnnamed: Story = { args: { label: 'none' } };

/** Several requests: counted, with the plural form of each language. */
export const Several: Story = {
  args: { count: 3 },
  play: async ({ canvasElement, args, userEvent }) => {
    const [banner] = expectSoundBanners(canvasElement);
    const buttons = banner?.querySelectorAll('button');
    await userEvent.click(buttons?.[1] as HTMLElement);
    expect(args.onDiscard).toHaveBeenCalledWith(pending(3));
  },
};

export const LongLabel: Story = {
  args: { label: 'long' },
  decorators: [
    (Story) => (
      <div className="story-narrow">
        <Story />
      </div>
    ),
  ],
};

/** Nothing was left: nothing shows. */
export const NothingPending: Story = {
  args: { count: 0 },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('.tactful-resume')).toBeNull();
  },
};
