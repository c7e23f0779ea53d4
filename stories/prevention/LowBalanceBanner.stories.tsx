import type { Meta, StoryObj } from '@storybook/react-vite';
import { LowBalanceBanner } from '@tactful/react';
import { expect, fn } from 'storybook/test';
import { runway, snapshot, usd } from './fixtures';

const meta = {
  title: 'Prevention/LowBalanceBanner',
  component: LowBalanceBanner,
  args: {
    snapshot: snapshot(usd(8.4), 'low'),
    autoRechargeEnabled: true,
    onRecharge: fn(),
    onSetUpAutoRecharge: fn(),
  },
} satisfies Meta<typeof LowBalanceBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Below the low threshold, about three days left. */
export const Low: Story = {};

export const Critical: Story = {
  args: { snapshot: snapshot(usd(1.35), 'critical', { runway: runway(2.2) }) },
};

export const RunwayUnderADay: Story = {
  args: { snapshot: snapshot(usd(1.1), 'critical', { runway: runway(0.4) }) },
};

/** Too few readings yet: the banner says so rather than guessing. */
export const RunwayUnknown: Story = {
  args: { snapshot: snapshot(usd(8.4), 'low', { runway: { status: 'unknown', reason: 'too_few_samples' } }) },
};

/** Nothing was spent lately, so no runway is given. */
export const NotBurning: Story = {
  args: { snapshot: snapshot(usd(8.4), 'low', { runway: { status: 'not_burning' } }) },
};

export const Depleted: Story = {
  args: { snapshot: snapshot(usd(0), 'depleted') },
};

/** Back above every threshold after a top-up: no action to take. */
export const Recovered: Story = {
  args: { snapshot: snapshot(usd(50), 'recovered') },
};

/** Auto-recharge is off, so the banner offers to set it up. */
export const AutoRechargeOff: Story = {
  args: { autoRechargeEnabled: false },
  play: async ({ canvas, args, userEvent }) => {
    const buttons = canvas.getAllByRole('button');
    expect(buttons).toHaveLength(2);
    await userEvent.click(buttons[1] as HTMLElement);
    expect(args.onSetUpAutoRecharge).toHaveBeenCalledTimes(1);
  },
};

/** Add funds as a link to the app's billing page. */
export const RechargeLink: Story = {
  args: { rechargeHref: '/billing/add-funds' },
  render: ({ onRecharge: _, ...args }) => <LowBalanceBanner {...args} />,
};

/** The balance is fine: the banner renders nothing. */
export const Ok: Story = {
  args: { snapshot: snapshot(usd(42), 'ok') },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('.tactful-low-balance')).toBeNull();
  },
};

/** Someone who cannot manage billing is offered "Ask an admin" through the provider. */
export const AskAnAdmin: Story = {
  args: { snapshot: snapshot(usd(0), 'depleted'), autoRechargeEnabled: false },
  parameters: { tactful: { actions: { ask_admin: fn() }, canManageBilling: false } },
  render: ({ onRecharge: _, ...args }) => <LowBalanceBanner {...args} />,
};

/** A large balance in a narrow column: everything wraps, nothing is clipped. */
export const LongText: Story = {
  args: {
    autoRechargeEnabled: false,
    snapshot: snapshot(usd(9_876_543.21), 'low', {
      thresholds: {
        currency: 'USD',
        reference: null,
        bands: [{ level: 'low', below: usd(10_000_000), leaveAt: usd(11_000_000) }],
      },
    }),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 280 }}>
        <Story />
      </div>
    ),
  ],
};
