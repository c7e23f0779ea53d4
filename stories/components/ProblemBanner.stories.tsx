import type { Meta, StoryObj } from '@storybook/react-vite';
import { PROBLEM_KINDS, type ProblemKind } from '@tactful/core';
import { expect, fn } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { defaultMessageArgs, type MessageArgs, messageArgTypes, OneMessage } from '../support/gallery';
import { STATES, type StoryState } from '../support/machine';
import { exampleProblem } from '../support/problems';

type Args = MessageArgs & { readonly kind: ProblemKind; readonly state: StoryState };

function BannerPlayground({ kind, state, ...args }: Args) {
  const { problem, from } = exampleProblem(kind);
  return <OneMessage {...args} from={from} problem={problem} state={state} />;
}

/**
 * One intent's message as an inline banner, from a view model: the tone as icon and words, the title,
 * the sentences, a countdown while waiting, and the actions with the primary one first. Every word is the
 * kit's copy; nothing a provider sent is shown. Pick any kind and state: the request is driven there by
 * the real intent machine (or the story says the machine never goes there). `useIntent` and `useProblem`
 * give the view model in an app; **Messages** shows them all.
 */
const meta = {
  title: 'Components/ProblemBanner',
  component: BannerPlayground,
  args: { ...defaultMessageArgs, kind: 'insufficient_funds', state: 'blocked', onAction: fn() },
  argTypes: {
    ...messageArgTypes,
    kind: { control: 'select', options: PROBLEM_KINDS },
    state: { control: 'select', options: STATES },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Choose a kind, a state and who is reading in the controls. */
export const Playground: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner).toHaveAttribute('data-kind', args.kind);
    // Actions go to the handler with their id; the primary one first.
    const primary = banner?.querySelector<HTMLElement>('[data-variant="primary"]');
    expect(banner?.querySelector('.tactful-banner__actions > *')).toBe(primary);
    await userEvent.click(primary as HTMLElement);
    expect(args.onAction).toHaveBeenCalledWith(primary?.dataset.action);
  },
};

/** An ended request: the success tone, and only a dismiss button (named by the copy), which Escape also takes. */
export const Succeeded: Story = {
  args: { kind: 'overloaded', state: 'succeeded' },
  play: async ({ canvasElement, args, userEvent }) => {
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner).toHaveAttribute('data-tone', 'success');
    await userEvent.click(banner?.querySelector('.tactful-banner__dismiss') as HTMLElement);
    expect(args.onAction).toHaveBeenCalledWith('dismiss');
  },
};

/** A cancelled request: dismissing is its one action, so it is the primary button, not the × beside the message. */
export const Cancelled: Story = {
  args: { kind: 'insufficient_funds', state: 'cancelled' },
  play: async ({ canvasElement, args, userEvent }) => {
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner).toHaveAttribute('data-state', 'cancelled');
    expect(banner?.querySelector('.tactful-banner__dismiss')).toBeNull();
    const primary = banner?.querySelector<HTMLElement>('[data-variant="primary"]');
    expect(primary).toHaveAttribute('data-action', 'dismiss');
    await userEvent.click(primary as HTMLElement);
    expect(args.onAction).toHaveBeenCalledWith('dismiss');
  },
};
