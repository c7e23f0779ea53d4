import type { Meta, StoryObj } from '@storybook/react-vite';
import type { BalanceMonitorOptions } from '@tactful/core';
import { BalanceMeter, LowBalanceBanner, useBalance } from '@tactful/react';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { usd } from './fixtures';

interface DemoProps {
  /** Starting balance in dollars. */
  readonly start: number;
  /** Dollars spent between two polls. */
  readonly spendPerPoll: number;
}

/** A pretend billing API: the balance falls a little at every poll; buttons spend or top up. */
function useFakeAccount(start: number, spendPerPoll: number) {
  const [account] = useState(() => ({ minor: usd(start).minor }));
  const read: BalanceMonitorOptions['read'] = async () => {
    account.minor = Math.max(-500, account.minor - usd(spendPerPoll).minor);
    return { balance: { minor: account.minor, currency: 'USD' } };
  };
  return { account, read };
}

/** `useBalance` polling a balance source every second, feeding the meter and the banner. */
function LiveBalance({ start, spendPerPoll }: DemoProps) {
  const { account, read } = useFakeAccount(start, spendPerPoll);
  const balance = useBalance({
    read,
    interval: 1_000,
    thresholds: { low: usd(10), critical: usd(2), reference: usd(50) },
    runway: { minReadings: 3, minSpanMs: 2_000 },
  });
  const topUp = () => {
    account.minor += usd(40).minor;
    void balance.refresh();
  };
  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: 480 }}>
      <BalanceMeter snapshot={balance} />
      <LowBalanceBanner
        autoRechargeEnabled={false}
        onRecharge={topUp}
        onSetUpAutoRecharge={() => {}}
        snapshot={balance}
      />
    </div>
  );
}

const meta = {
  title: 'Prevention/useBalance',
  component: LiveBalance,
  args: { start: 14, spendPerPoll: 0.75 },
} satisfies Meta<typeof LiveBalance>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Watch the balance fall through low and critical; "Add funds" tops it up and it recovers. */
export const Live: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('meter')).toBeInTheDocument());
  },
};

/** Starting empty: the banner says so at the first reading. */
export const StartsEmpty: Story = {
  args: { start: 0, spendPerPoll: 0 },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('region')).toBeInTheDocument());
  },
};
