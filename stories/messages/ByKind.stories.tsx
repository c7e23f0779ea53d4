import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ProblemKind } from '@tactful/core';
import { expect, fn, waitFor } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { defaultMessageArgs, KindJourney, type MessageArgs, messageArgTypes } from '../support/gallery';
import { STATES, type StoryState } from '../support/machine';

type Args = MessageArgs & { readonly kind: ProblemKind; readonly state?: StoryState };

/** The status a banner shows for a story state: resuming is a run after the fix. */
const statusOf = (state: string) => (state === 'resuming' ? 'running' : state);

/**
 * One problem kind through every state the real intent machine puts it in: the problem is what
 * `classify` makes of a real provider response, each state comes from `transition`, and the banner
 * renders what `deriveViewModel` derives. States a kind never reaches (a billing problem is never
 * retried on its own, so never waits) are named rather than faked. All kinds in one state side by
 * side are in **Messages/By state**.
 */
const meta = {
  title: 'Messages/By kind',
  component: KindJourney,
  args: { ...defaultMessageArgs, onAction: fn() },
  argTypes: {
    ...messageArgTypes,
    kind: { control: false },
    state: { control: 'select', options: STATES },
  },
  // Steps through every state the kind reaches, checking each banner as it shows.
  play: async ({ canvasElement, args, userEvent }) => {
    const steps = [...canvasElement.querySelectorAll<HTMLButtonElement>('[data-story-state]')];
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const state = step.dataset.storyState ?? '';
      await userEvent.click(step);
      await waitFor(() =>
        expect(canvasElement.querySelector('.tactful-banner')?.getAttribute('data-state')).toBe(
          statusOf(state),
        ),
      );
      const [banner] = expectSoundBanners(canvasElement);
      const kind = banner?.dataset.kind;
      // A banner about a problem shows the story's kind (offline shows the lost connection itself).
      if (kind !== undefined) expect(kind).toBe(state === 'offline' ? 'offline' : args.kind);
    }
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InsufficientFunds: Story = { args: { kind: 'insufficient_funds' } };
export const QuotaExhausted: Story = { args: { kind: 'quota_exhausted' } };
export const SpendingLimitReached: Story = { args: { kind: 'spending_limit_reached' } };
export const BillingInactive: Story = { args: { kind: 'billing_inactive' } };
export const PaymentMethodFailed: Story = { args: { kind: 'payment_method_failed' } };
export const RateLimited: Story = { args: { kind: 'rate_limited' } };
export const Overloaded: Story = { args: { kind: 'overloaded' } };
export const Outage: Story = { args: { kind: 'outage' } };
export const Timeout: Story = { args: { kind: 'timeout' } };
export const Offline: Story = { args: { kind: 'offline' } };
export const AuthInvalid: Story = { args: { kind: 'auth_invalid' } };
export const PermissionDenied: Story = { args: { kind: 'permission_denied' } };
export const InvalidRequest: Story = { args: { kind: 'invalid_request' } };
export const NotFound: Story = { args: { kind: 'not_found' } };
export const Aborted: Story = { args: { kind: 'aborted' } };
export const Unknown: Story = { args: { kind: 'unknown' } };
