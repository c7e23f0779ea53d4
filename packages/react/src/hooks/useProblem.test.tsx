import { type ProblemKind, providerName } from '@tactful/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { copyText, recordAnnouncements, renderWithTactful } from '../../../../test/support/render';
import { ProblemBanner } from '../banner/ProblemBanner';
import { type UseProblemOptions, useProblem } from './useProblem';

function Message({ error, ...options }: { error: unknown } & UseProblemOptions) {
  const message = useProblem(error, options);
  return message ? <ProblemBanner {...message} /> : <p>No message</p>;
}

const MARKER = 'HOSTILE-7f3a';
const megabyte = `credit balance is too low ${MARKER} ${'<b>A</b>'.repeat(120_000)}`;

const hostile: Array<[string, unknown]> = [
  [
    'an HTML page with a script and a javascript: link',
    {
      status: 402,
      headers: { 'content-type': 'text/html' },
      body: `<html><body><script>window.${MARKER}=1</script><a href="javascript:alert('${MARKER}')">Add credit ${MARKER}</a></body></html>`,
    },
  ],
  [
    'a JSON body whose message is markup',
    {
      status: 400,
      body: {
        error: {
          type: 'invalid_request_error',
          message: `<img src=x onerror="alert('${MARKER}')"> Your credit balance is too low. <a href="javascript:void(0)">${MARKER}</a>`,
        },
      },
    },
  ],
  [
    'a 1 MB message',
    { status: 429, body: { error: { message: megabyte, code: `insufficient_quota ${MARKER}` } } },
  ],
  ['an Error whose message is markup', new Error(`<script>${MARKER}</script> 503 Service Unavailable`)],
];

describe('useProblem', () => {
  it.each(hostile)('shows nothing of %s, only translated copy', async (_, error) => {
    const { container } = await renderWithTactful(<Message error={error} onRetry={() => {}} />);
    const banner = screen.getByRole('region');
    const html = container.innerHTML;
    expect(html).not.toContain(MARKER);
    expect(html).not.toMatch(/<script|<img|<b>|javascript:|onerror|alert\(/i);
    expect(within(banner).queryByRole('link')).toBeNull();
    // A few sentences of copy, not a megabyte of someone else's text.
    expect(banner.textContent?.length).toBeLessThan(600);
    // The live regions say copy too.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.querySelector('[data-tactful-live-regions]')?.innerHTML).not.toContain(MARKER);
  });

  it('words an error the app already has like any other message, and announces it once', async () => {
    const error = {
      status: 402,
      body: { error: { type: 'insufficient_quota', code: 'insufficient_quota' } },
    };
    const { rerender } = await renderWithTactful(<Message error={error} label="drafting your reply" />, {
      onRecharge: async () => {},
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const announcements = recordAnnouncements();
    expect(screen.getByRole('region')).toHaveAccessibleName(
      "Your balance has run out We couldn't finish drafting your reply because the balance on this account has run out.",
    );
    // No intent to try again or discard without the app's say: only its recharge flow.
    expect(
      within(screen.getByRole('region'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Add funds']);
    rerender(<Message error={error} label="drafting your reply" />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(announcements.said).toHaveLength(0);
  });

  it('announces a new error assertively when a person has to act', async () => {
    const { rerender } = await renderWithTactful(<Message error={null} />);
    const announcements = recordAnnouncements();
    expect(screen.getByText('No message')).toBeInTheDocument();
    rerender(<Message error={{ status: 401, body: { error: { type: 'authentication_error' } } }} />);
    await waitFor(() =>
      expect(announcements.said).toEqual([
        { politeness: 'assertive', text: "The service didn't accept this account's sign-in details." },
      ]),
    );
  });

  it("offers the app's try again and dismiss, and runs them", async () => {
    const onRetry = vi.fn();
    const onDismiss = vi.fn();
    await renderWithTactful(
      <Message error={new TypeError('Failed to fetch')} onDismiss={onDismiss} onRetry={onRetry} />,
    );
    const banner = screen.getByRole('region');
    await userEvent.click(within(banner).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await userEvent.click(within(banner).getByRole('button', { name: 'Dismiss message' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('names the service when the page gives provider names', async () => {
    const error = {
      status: 529,
      body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    };
    await renderWithTactful(<Message error={error} />, { providerName });
    expect(screen.getByRole('region')).toHaveTextContent('Anthropic is at capacity right now.');
  });

  it('stays quiet for a request stopped on purpose', async () => {
    await renderWithTactful(
      <Message error={new DOMException('The user aborted a request.', 'AbortError')} />,
    );
    expect(screen.getByText('No message')).toBeInTheDocument();
  });

  it('keeps a thrown Problem as it is, and survives a classifier that throws', async () => {
    const kind: ProblemKind = 'spending_limit_reached';
    const { unmount } = await renderWithTactful(<Message error={{ kind, retryable: false, cause: null }} />);
    expect(screen.getByRole('region')).toHaveAccessibleName(
      'Spending limit reached This account has reached its spending limit.',
    );
    unmount();
    const { i18n } = await renderWithTactful(<Message error={new Error('x')} />, {
      classify: () => {
        throw new Error('broken classifier');
      },
    });
    expect(screen.getByRole('region')).toHaveAccessibleName(
      `${copyText(i18n, 'kinds.unknown.title')} ${copyText(i18n, 'kinds.unknown.cause')}`,
    );
  });
});
