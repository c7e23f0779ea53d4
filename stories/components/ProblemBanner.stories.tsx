import type { Meta, StoryObj } from '@storybook/react-vite';
import { ProblemBanner } from '@tactful/react';

const meta = {
  title: 'Components/ProblemBanner',
  component: ProblemBanner,
  args: {
    tone: 'critical',
    title: 'Your balance has run out',
    children:
      "We couldn't finish summarizing your contracts because the account balance has run out. Add funds and we'll pick up right where you left off.",
  },
} satisfies Meta<typeof ProblemBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Critical: Story = {};

export const Warning: Story = {
  args: {
    tone: 'warning',
    title: 'Your balance is low',
    children: 'About 3 days left at your current usage.',
  },
};

export const Dismissible: Story = {
  args: {
    tone: 'info',
    title: 'Trying again in 12 seconds',
    children: 'The service is busy right now. Your request is safe.',
    dismissLabel: 'Dismiss message',
    onDismiss: () => {},
  },
};
