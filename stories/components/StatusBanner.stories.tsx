import type { Meta, StoryObj } from '@storybook/react-vite';
import { classifyResponse, providerName } from '@tactful/core';
import { StatusBanner, useIntent } from '@tactful/react';
import { useEffect } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { fixture, toResponse } from '../support/fixtures';

/** A page status asks nothing of the user: its one link (the status page) is not a primary action. */
const PAGE_STATUS = { primary: 'at most one' } as const;

/**
 * A page-level banner for an outage or a lost connection, with a link to the status page when there is
 * one (it opens in a new tab, and says so to screen readers). Announced politely when it appears, and
 * "You're back online" when the connection returns. Without `status` it follows the browser and the
 * page's intents.
 */
const meta = {
  title: 'Components/StatusBanner',
  component: StatusBanner,
  args: { status: 'outage' },
  argTypes: { status: { control: 'inline-radio', options: ['outage', 'offline', 'ok'] } },
  play: async ({ canvasElement, args }) => {
    const [banner] = expectSoundBanners(canvasElement, PAGE_STATUS);
    expect(banner).toHaveAttribute('data-state', args.status);
  },
} satisfies Meta<typeof StatusBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Outage: Story = {};

/** The service is named, and its status page linked (a new tab, said to screen readers too). */
export const OutageWithStatusPage: Story = {
  args: { provider: 'OpenAI', statusPageUrl: 'https://status.openai.com' },
  play: async ({ canvasElement }) => {
    const [banner] = expectSoundBanners(canvasElement, PAGE_STATUS);
    expect(banner?.textContent).toContain('OpenAI');
    const link = banner?.querySelector('a');
    expect(link).toHaveAttribute('href', 'https://status.openai.com');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  },
};

export const Offline: Story = { args: { status: 'offline' } };

/** Dismissed by its translated button or Escape. */
export const Dismissible: Story = {
  args: { status: 'offline', onDismiss: fn() },
  play: async ({ canvasElement, args, userEvent }) => {
    const [banner] = expectSoundBanners(canvasElement, PAGE_STATUS);
    await userEvent.click(banner?.querySelector('button') as HTMLElement);
    expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

/** A status page address that is not a web page is never linked. */
export const UnsafeStatusPage: Story = {
  args: { statusPageUrl: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    const [banner] = expectSoundBanners(canvasElement, PAGE_STATUS);
    expect(banner?.querySelector('a')).toBeNull();
  },
};

/** A request on the page is held up by Anthropic's real 500 answer: the banner appears on its own. */
function HeldUpByAnOutage() {
  const intent = useIntent({
    label: 'summarizing 40 contracts',
    run: async () => Promise.reject(await classifyResponse(toResponse(fixture('anthropic-api-error-500')))),
  });
  const { submit } = intent;
  useEffect(() => {
    void submit();
  }, [submit]);
  return <StatusBanner />;
}

export const FollowsThePage: Story = {
  parameters: { tactful: { providerName } },
  render: () => <HeldUpByAnOutage />,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('.tactful-status')).toHaveAttribute('data-state', 'outage'),
    );
    const [banner] = expectSoundBanners(canvasElement, PAGE_STATUS);
    expect(banner?.textContent).toContain('Anthropic');
  },
};
