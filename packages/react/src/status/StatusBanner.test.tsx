import type { Problem } from '@tactful/core';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, recordAnnouncements, renderWithTactful } from '../../../../test/support/render';
import { useIntent } from '../hooks/useIntent';
import { StatusBanner } from './StatusBanner';

function goOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => vi.restoreAllMocks());

const outage: Problem = { kind: 'outage', retryable: true, cause: null, provider: 'openai' };

function Page() {
  const intent = useIntent({
    run: async () => {
      throw outage;
    },
  });
  return (
    <>
      <button onClick={() => void intent.submit()} type="button">
        Go
      </button>
      <StatusBanner />
    </>
  );
}

describe('StatusBanner', () => {
  it('shows nothing while all is well', async () => {
    await renderWithTactful(<StatusBanner />);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('follows the connection, saying when it goes and when it is back', async () => {
    const { i18n } = await renderWithTactful(<StatusBanner />);
    const announcements = recordAnnouncements();
    goOnline(false);
    // Named by the title and the sentence about all the page's requests: a task's own offline banner
    // has the same title but speaks of that task.
    const banner = screen.getByRole('region', {
      name: `${copyText(i18n, 'status.offline.title')} ${copyText(i18n, 'status.offline.body')}`,
    });
    expect(banner).toHaveAttribute('data-state', 'offline');
    await waitFor(() => expect(announcements.said).toHaveLength(1));
    goOnline(true);
    expect(screen.queryByRole('region')).toBeNull();
    await waitFor(() =>
      expect(announcements.said).toEqual([
        { politeness: 'polite', text: copyText(i18n, 'status.offline.body') },
        { politeness: 'polite', text: copyText(i18n, 'status.back_online') },
      ]),
    );
  });

  it('reports an outage holding up an intent on the page, naming the service, with the status page', async () => {
    const { i18n } = await renderWithTactful(<Page />, {
      providerName: (id) => (id === 'openai' ? 'OpenAI' : undefined),
      statusPageUrl: 'https://status.openai.com',
      retryPolicy: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1, maxWaitMs: 1 },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    const banner = await screen.findByRole('region', {
      name: `${copyText(i18n, 'status.outage.title')} ${copyText(i18n, 'status.outage.body_provider', { provider: 'OpenAI' })}`,
    });
    const link = within(banner).getByRole('link');
    expect(link).toHaveAttribute('href', 'https://status.openai.com');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAccessibleName(
      `${copyText(i18n, 'status.actions.view_status')} ${copyText(i18n, 'a11y.new_tab')}`,
    );
  });

  it('refuses a dangerous status page link, and can be dismissed when the app allows it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onDismiss = vi.fn();
    const { i18n } = await renderWithTactful(
      <StatusBanner onDismiss={onDismiss} status="outage" statusPageUrl="javascript:alert(1)" />,
    );
    const banner = screen.getByRole('region');
    expect(within(banner).queryByRole('link')).toBeNull();
    expect(banner).toHaveTextContent(copyText(i18n, 'status.outage.body'));
    await userEvent.click(within(banner).getByRole('button', { name: copyText(i18n, 'a11y.dismiss') }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
