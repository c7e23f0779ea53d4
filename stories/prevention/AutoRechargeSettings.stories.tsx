import type { Meta, StoryObj } from '@storybook/react-vite';
import type { AutoRechargeSettings as Settings } from '@tactful/core';
import { AutoRechargeSettings } from '@tactful/react';
import { useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { usd } from './fixtures';

const target: Settings = {
  enabled: true,
  threshold: usd(10),
  method: 'target',
  amount: usd(50),
  monthlyCap: usd(200),
  paymentMethod: { status: 'ok', last4: '4242' },
};

const meta = {
  title: 'Prevention/AutoRechargeSettings',
  component: AutoRechargeSettings,
  args: {
    defaultValue: target,
    limits: { currency: 'USD', min: usd(5), max: usd(1_000) },
    onChange: fn(),
    onSave: fn(async () => {}),
    onUpdatePaymentMethod: fn(),
  },
} satisfies Meta<typeof AutoRechargeSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Off: the fields keep what was entered, and the summary says requests will pause. */
export const Off: Story = { args: { defaultValue: { ...target, enabled: false } } };

/** "When your balance falls below $10, we'll add funds to bring it back to $50", at most $200 a month. */
export const TargetWithCap: Story = {};

export const FixedAmount: Story = {
  args: { defaultValue: { ...target, method: 'fixed', amount: usd(25) } },
};

export const NoMonthlyLimit: Story = { args: { defaultValue: { ...target, monthlyCap: null } } };

/** Saving settings that do not hold together shows every message, linked to its field. */
export const Invalid: Story = {
  args: { defaultValue: { ...target, threshold: usd(60), monthlyCap: usd(1) } },
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button'));
    expect(args.onSave).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(canvas.getAllByRole('textbox').filter((box) => box.ariaInvalid === 'true')).not.toHaveLength(0),
    );
  },
};

export const PaymentExpiring: Story = {
  args: {
    defaultValue: {
      ...target,
      paymentMethod: { status: 'expiring', last4: '4242', expiry: { month: 1, year: 2027 } },
    },
  },
};

/** The last auto-recharge could not charge the card. */
export const PaymentFailed: Story = {
  args: { defaultValue: { ...target, paymentMethod: { status: 'failed', last4: '4242' } } },
};

export const NoPaymentMethod: Story = {
  args: { defaultValue: { ...target, paymentMethod: { status: 'missing' } } },
};

/** While `onSave` runs: the form is busy and a second press does nothing. */
export const Saving: Story = {
  args: { onSave: fn(() => new Promise<void>(() => {})) },
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button'));
    await userEvent.click(canvas.getByRole('button'));
    expect(args.onSave).toHaveBeenCalledTimes(1);
  },
};

export const Saved: Story = {
  play: async ({ canvas, args, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button'));
    expect(args.onSave).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(canvasElement.querySelector('form')).toHaveAttribute('data-state', 'saved'));
  },
};

/** The app holds the settings; the form reports every change. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<Settings>({ ...target, method: 'fixed', amount: usd(20) });
    return (
      <AutoRechargeSettings
        {...args}
        onChange={(next, validation) => {
          setValue(next);
          args.onChange?.(next, validation);
        }}
        value={value}
      />
    );
  },
};

/** Large limits in a narrow column. */
export const LongText: Story = {
  args: {
    defaultValue: {
      ...target,
      threshold: usd(1_250_000),
      amount: usd(9_500_000),
      monthlyCap: usd(25_000_000),
    },
    limits: { currency: 'USD' },
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 300 }}>
        <Story />
      </div>
    ),
  ],
};
