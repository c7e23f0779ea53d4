import type { Meta, StoryObj } from '@storybook/react-vite';
import { providerName } from '@tactful/core';
import { ProblemBanner, useProblem } from '@tactful/react';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { FIXTURE_NAMES, fixture, responseOf } from '../support/fixtures';
import { useStoryFrame } from '../support/frame';
import { intentLabel } from '../support/labels';

interface Args {
  /** The error the app's data library holds: a real provider response. */
  readonly response: string;
  readonly onRetry: () => void;
}

/** An error from the app's data library (TanStack Query's `error`, say), shown with the kit's words. */
function DataLibraryError({ response, onRetry }: Args) {
  const { locale } = useStoryFrame();
  const [error, setError] = useState<unknown>(() => responseOf(fixture(response)));
  const message = useProblem(error, {
    label: intentLabel(locale, 'short'),
    onRetry,
    onDismiss: () => setError(null),
  });
  return message ? <ProblemBanner onAction={message.onAction} viewModel={message.viewModel} /> : null;
}

/**
 * `useProblem` words an error the app already has, without an intent to replay: classified, with the
 * actions this page can take, and the app's "Try again" and dismiss when it gives them.
 */
const meta = {
  title: 'Hooks/useProblem',
  component: DataLibraryError,
  args: { response: 'deepseek-insufficient-balance', onRetry: fn() },
  argTypes: { response: { control: 'select', options: FIXTURE_NAMES } },
  parameters: { tactful: { providerName, rechargeUrl: '/billing/add-funds' } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** DeepSeek's 402: "Add funds" leads to the app's billing page; the kind matches the fixture's. */
export const InsufficientBalance: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner).toHaveAttribute('data-kind', fixture(args.response).kind);
    expect(banner?.querySelector('a[data-variant="primary"]')).toHaveAttribute('href', '/billing/add-funds');
    await userEvent.click(banner?.querySelector('[data-action="try_again"]') as HTMLElement);
    expect(args.onRetry).toHaveBeenCalledTimes(1);
    await userEvent.click(banner?.querySelector('.tactful-banner__dismiss') as HTMLElement);
    expect(canvasElement.querySelector('.tactful-banner')).toBeNull();
  },
};

/** A model that does not exist: the request must change; "Try again" is the way. */
export const ModelNotFound: Story = {
  args: { response: 'openai-model-not-found' },
  play: async ({ canvasElement, args }) => {
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner).toHaveAttribute('data-kind', fixture(args.response).kind);
  },
};
