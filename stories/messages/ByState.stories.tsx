import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { defaultMessageArgs, type MessageArgs, messageArgTypes, StateGallery } from '../support/gallery';
import type { StoryState } from '../support/machine';

type Args = MessageArgs & { readonly state: StoryState };

/**
 * One state of a request, for every kind the real intent machine puts in it. Kinds whose message is
 * the same word for word in that state are shown once, with the kinds listed above it. A live,
 * repeating countdown driven by a real runtime is in **Hooks/useIntent** and **Flows/Full flow**.
 */
const meta = {
  title: 'Messages/By state',
  component: StateGallery,
  args: { ...defaultMessageArgs, onAction: fn() },
  argTypes: { ...messageArgTypes, state: { control: false } },
  play: async ({ canvasElement, args }) => {
    const banners = expectSoundBanners(canvasElement);
    for (const banner of banners)
      expect(banner.dataset.state).toBe(args.state === 'resuming' ? 'running' : args.state);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first run, before anything went wrong. */
export const Running: Story = { args: { state: 'running' } };

/** Transient problems wait and retry on their own: a countdown that runs from the moment the story opened. */
export const Waiting: Story = {
  args: { state: 'waiting' },
  play: async ({ canvasElement }) => {
    expectSoundBanners(canvasElement);
    const bars = canvasElement.querySelectorAll('[role="progressbar"]');
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect(bar.getAttribute('aria-valuetext')).toBeTruthy();
  },
};

export const Offline: Story = { args: { state: 'offline' } };

/** Billing and access problems wait for a person: a user who can pay is offered the fix. */
export const Blocked: Story = { args: { state: 'blocked' } };

/** The same, for a user who cannot pay or change billing: asked to go to an admin, never a button they cannot use. */
export const BlockedCannotPay: Story = {
  args: { state: 'blocked', canManageBilling: false },
  play: async ({ canvasElement }) => {
    const banners = expectSoundBanners(canvasElement);
    const fixes = banners.map((banner) =>
      banner.querySelector('[data-variant="primary"]')?.getAttribute('data-action'),
    );
    // Every billing and access problem asks an admin; none offers a fix this user cannot make.
    expect(fixes.every((action) => action === 'ask_admin')).toBe(true);
  },
};

/** The app's checkout (or sign-in…) is under way. */
export const Recovering: Story = { args: { state: 'recovering' } };

/** Fixed: the request runs again, once. */
export const Resuming: Story = { args: { state: 'resuming' } };

/** Running on the app's alternative while the real one is unavailable. */
export const Degraded: Story = { args: { state: 'degraded' } };

/** Request problems, and transient ones once the retries ran out. */
export const Failed: Story = { args: { state: 'failed' } };

export const Succeeded: Story = { args: { state: 'succeeded' } };

export const Cancelled: Story = { args: { state: 'cancelled' } };
