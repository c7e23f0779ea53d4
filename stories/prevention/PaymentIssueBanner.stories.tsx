import type { Meta, StoryObj } from '@storybook/react-vite';
import { PaymentIssueBanner } from '@tactful/react';
import { expect, fn } from 'storybook/test';

const meta = {
  title: 'Prevention/PaymentIssueBanner',
  component: PaymentIssueBanner,
  args: {
    paymentMethod: { status: 'expiring', last4: '4242', expiry: { month: 1, year: 2027 } },
    onUpdatePaymentMethod: fn(),
  },
} satisfies Meta<typeof PaymentIssueBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Expiring: Story = {
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button'));
    expect(args.onUpdatePaymentMethod).toHaveBeenCalledTimes(1);
  },
};

/** An expiring card the app cannot name: the title and the action, no sentence with gaps. */
export const ExpiringUnnamed: Story = { args: { paymentMethod: { status: 'expiring' } } };

export const Failed: Story = { args: { paymentMethod: { status: 'failed' } } };

/** The failed charge was an auto-recharge: nothing was added to the balance. */
export const FailedAutoRecharge: Story = {
  args: { paymentMethod: { status: 'failed' }, autoRecharge: true },
};

/** "Update payment method" as a link to the app's billing page. */
export const UpdateLink: Story = {
  args: { paymentMethod: { status: 'failed' }, updatePaymentMethodHref: '/billing/card' },
  render: ({ onUpdatePaymentMethod: _, ...args }) => <PaymentIssueBanner {...args} />,
};

/** A working card: nothing to say. */
export const Ok: Story = {
  args: { paymentMethod: { status: 'ok' } },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('.tactful-payment-issue')).toBeNull();
  },
};

export const LongText: Story = {
  args: { paymentMethod: { status: 'failed' }, autoRecharge: true },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 260 }}>
        <Story />
      </div>
    ),
  ],
};
