import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Tone } from '@tactful/core';
import { Banner } from '@tactful/react';
import { expect, fn } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { loadedCopy, useStoryCopy } from '../support/copy';

interface Args {
  readonly tone: Tone;
  /** Copy keys of the title and the sentence (any message of the kit). */
  readonly title: string;
  readonly sentence: string;
  readonly dismissible: boolean;
  readonly headingLevel: 2 | 3 | 4;
  readonly onDismiss: () => void;
}

/**
 * `Banner` with words from the copy: the tone as icon and words, a title, a sentence (its lead, which
 * names it with the title), an optional dismiss.
 */
function CopyBanner({ tone, title, sentence, dismissible, headingLevel, onDismiss }: Args) {
  const copy = useStoryCopy();
  return (
    <Banner
      dismissLabel={dismissible ? copy('a11y.dismiss') : undefined}
      headingLevel={headingLevel}
      lead={copy(sentence)}
      onDismiss={dismissible ? onDismiss : undefined}
      title={copy(title)}
      tone={tone}
      toneLabel={copy(`tones.${tone}`)}
    />
  );
}

/**
 * The inline banner every message uses: a region named by its title and its lead sentence (so two
 * banners with the same title are still told apart), never `role="alert"` and never taking focus when
 * it appears (the provider's live regions announce it). The tone is carried by an icon and a word
 * ("Important"), never by colour alone. It works unstyled: `tactful-banner`,
 * `data-tone`, `data-state`, `data-kind` are stable.
 */
const meta = {
  title: 'Components/Banner',
  component: CopyBanner,
  args: {
    tone: 'critical',
    title: 'kinds.insufficient_funds.title',
    sentence: 'kinds.insufficient_funds.cause',
    dismissible: false,
    headingLevel: 2,
    onDismiss: fn(),
  },
  argTypes: {
    tone: { control: 'inline-radio', options: ['critical', 'warning', 'info', 'success'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
  },
  play: async ({ canvasElement, args, loaded }) => {
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner).toHaveAttribute('data-tone', args.tone);
    const copy = loadedCopy(loaded);
    expect(banner).toHaveAccessibleName(`${copy(args.title)} ${copy(args.sentence)}`);
    // Not an alert, and it did not take focus.
    expect(banner).not.toHaveAttribute('role', 'alert');
    expect(banner?.contains(document.activeElement)).toBe(false);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Critical: Story = {};

export const Warning: Story = {
  args: { tone: 'warning', title: 'kinds.rate_limited.title', sentence: 'kinds.rate_limited.cause' },
};

export const Info: Story = {
  args: { tone: 'info', title: 'states.recovering.title', sentence: 'states.recovering.body' },
};

export const Success: Story = {
  args: { tone: 'success', title: 'states.succeeded.title', sentence: 'states.succeeded.body' },
};

/** Dismissed by its translated close button, or by Escape from inside it. */
export const Dismissible: Story = {
  args: {
    tone: 'success',
    title: 'states.succeeded.title',
    sentence: 'states.succeeded.body',
    dismissible: true,
  },
  play: async ({ canvasElement, args, userEvent, loaded }) => {
    const [banner] = expectSoundBanners(canvasElement);
    const close = banner?.querySelector('button');
    expect(close).toHaveAccessibleName(loadedCopy(loaded)('a11y.dismiss'));
    await userEvent.click(close as HTMLElement);
    expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    expect(args.onDismiss).toHaveBeenCalledTimes(2);
  },
};
