import type { Meta, StoryObj } from '@storybook/react-vite';
import { BalanceMeter } from '@tactful/react';
import { expect } from 'storybook/test';
import { snapshot, usd } from './fixtures';

const meta = {
  title: 'Prevention/BalanceMeter',
  component: BalanceMeter,
  args: { snapshot: snapshot(usd(32.5), 'ok') },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 420 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof BalanceMeter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Well above both thresholds, which are marked on the bar and named below it. */
export const Ok: Story = {
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuenow', '32.5');
    expect(meter).toHaveAttribute('aria-valuemax', '50');
    expect(canvas.getAllByRole('listitem')).toHaveLength(2);
  },
};

export const Low: Story = { args: { snapshot: snapshot(usd(8.4), 'low') } };

export const Critical: Story = { args: { snapshot: snapshot(usd(1.35), 'critical') } };

/** Below zero: the bar is empty and the words give the real figure. */
export const Depleted: Story = { args: { snapshot: snapshot(usd(-0.42), 'depleted') } };

export const Recovered: Story = { args: { snapshot: snapshot(usd(50), 'recovered') } };

/** Above the reference: the bar is full and its end follows the balance. */
export const AboveTheReference: Story = { args: { snapshot: snapshot(usd(120), 'ok') } };

/** The app chooses the full end of the bar. */
export const CustomMax: Story = { args: { snapshot: snapshot(usd(32.5), 'ok'), max: usd(200) } };

/** A currency without minor units and no thresholds. */
export const Yen: Story = {
  args: { snapshot: snapshot({ minor: 15_400, currency: 'JPY' }, 'ok') },
};

/** A long figure in a narrow column. */
export const LongText: Story = {
  args: { snapshot: snapshot(usd(9_876_543.21), 'ok', { thresholds: null }) },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 200 }}>
        <Story />
      </div>
    ),
  ],
};
