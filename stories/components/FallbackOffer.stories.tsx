import type { Meta, StoryObj } from '@storybook/react-vite';
import { FallbackOffer } from '@tactful/react';
import { expect, fn } from 'storybook/test';
import { rawKeysIn } from '../support/checks';
import { useStoryFrame } from '../support/frame';
import { fallbackLabel } from '../support/labels';

interface Args {
  readonly onUse: () => void;
  /** The app's own name for its alternative; the story language's "the basic model" when empty. */
  readonly fallback: string;
}

function Offer({ onUse, fallback }: Args) {
  const { locale } = useStoryFrame();
  return <FallbackOffer fallback={fallback || fallbackLabel(locale)} onUse={onUse} />;
}

/**
 * The offer of a degraded mode while the real one is unavailable: one sentence naming the alternative
 * and a button described by that sentence. Quiet: it is announced with the message it belongs to.
 */
const meta = {
  title: 'Components/FallbackOffer',
  component: Offer,
  args: { onUse: fn(), fallback: '' },
  play: async ({ canvasElement, args, userEvent }) => {
    expect(rawKeysIn(canvasElement)).toEqual([]);
    const button = canvasElement.querySelector('button') as HTMLButtonElement;
    // The button says what it does; the sentence it points to says what the alternative is.
    expect(button).toHaveAccessibleDescription(
      canvasElement.querySelector('.tactful-fallback__text')?.textContent ?? '',
    );
    await userEvent.click(button);
    expect(args.onUse).toHaveBeenCalledTimes(1);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** A long name for the alternative in a narrow column. */
export const LongLabel: Story = {
  args: {
    fallback: 'the smaller, faster summary model that skips tables, footnotes and scanned signature pages',
  },
  decorators: [
    (Story) => (
      <div className="story-narrow">
        <Story />
      </div>
    ),
  ],
};
