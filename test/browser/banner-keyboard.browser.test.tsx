import type { Problem } from '@tactful/core';
import { ProblemBanner, TactfulProvider, useIntent } from '@tactful/react';
import '@tactful/react/styles.css';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { copyText, liveRegion, tactfulI18n } from '../support/tactful';

const funds: Problem = { kind: 'insufficient_funds', retryable: false, cause: null };
const rateLimited: Problem = { kind: 'rate_limited', retryable: true, cause: null, retryAfterMs: 2000 };

function Page({ run }: { run: () => Promise<string> }) {
  const intent = useIntent({ label: 'summarizing your contracts', run });
  return (
    <div>
      <label>
        Task <input defaultValue="Summarize my contracts" />
      </label>
      <button onClick={() => void intent.submit()} type="button">
        Run
      </button>
      {intent.viewModel ? <ProblemBanner viewModel={intent.viewModel} /> : null}
    </div>
  );
}

/** A run that fails with each problem in turn, then succeeds after `slow` ms. */
function runs(problems: Problem[], slow = 0) {
  return vi.fn(async () => {
    const next = problems.shift();
    if (next) throw next;
    await new Promise((resolve) => setTimeout(resolve, slow));
    return 'summary';
  });
}

async function page(run: () => Promise<string>, addFunds = vi.fn()) {
  const i18n = await tactfulI18n('en');
  const screen = await render(
    <TactfulProvider actions={{ add_funds: addFunds }} i18n={i18n}>
      <Page run={run} />
    </TactfulProvider>,
  );
  return { screen, i18n, addFunds };
}

describe('A refused request, by keyboard alone, in Chromium', () => {
  it('shows the banner without taking focus, then Tab, Shift+Tab, Enter and Escape work through it', async () => {
    const { screen, i18n, addFunds } = await page(runs([funds]));
    const run = screen.getByRole('button', { name: 'Run' });
    await userEvent.click(screen.getByRole('textbox', { name: 'Task' }));
    await userEvent.keyboard('{Tab}');
    await expect.element(run).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const intent = { intent: 'summarizing your contracts' };
    const banner = screen.getByRole('region', {
      name: `${copyText(i18n, 'kinds.insufficient_funds.title')} ${copyText(i18n, 'kinds.insufficient_funds.cause_intent', intent)}`,
      exact: true,
    });
    await expect.element(banner).toBeVisible();
    await expect.element(run).toHaveFocus();
    expect(document.querySelector('[role="alert"]')).toBeNull();

    // The primary action comes first in the tab order.
    const add = banner.getByRole('button', { name: copyText(i18n, 'actions.add_funds') });
    const tryAgain = banner.getByRole('button', { name: copyText(i18n, 'actions.try_again') });
    await userEvent.keyboard('{Tab}');
    await expect.element(add).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(tryAgain).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(add).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(addFunds).toHaveBeenCalledTimes(1);
    // Escape does nothing to a message that must not be dismissed.
    await userEvent.keyboard('{Escape}');
    await expect.element(banner).toBeVisible();

    // Trying again replaces the button: focus stays in the banner, which now says it is done.
    await userEvent.keyboard('{Tab}');
    await expect.element(tryAgain).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const done = screen.getByRole('region', {
      name: `${copyText(i18n, 'states.succeeded.title')} ${copyText(i18n, 'states.succeeded.body_intent', intent)}`,
      exact: true,
    });
    await expect.element(done).toHaveFocus();
    // Escape dismisses it, and focus goes back where the user came from.
    await userEvent.keyboard('{Escape}');
    await expect.element(done).not.toBeInTheDocument();
    await expect.element(run).toHaveFocus();
  });
});

describe('Announcements, in Chromium', () => {
  it('land in the live regions that were already on the page, assertively for a person to act', async () => {
    const { screen, i18n } = await page(runs([funds]));
    const assertive = liveRegion('assertive');
    const polite = liveRegion('polite');
    expect(assertive.textContent).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    const cause = copyText(i18n, 'kinds.insufficient_funds.cause_intent', {
      intent: 'summarizing your contracts',
    });
    await expect.poll(() => assertive.textContent).toBe(cause);
    // The very same elements: nothing was inserted together with its text.
    expect(liveRegion('assertive')).toBe(assertive);
    expect(liveRegion('polite')).toBe(polite);
    expect(assertive.isConnected && polite.isConnected).toBe(true);
    expect(assertive.getAttribute('aria-live')).toBe('assertive');
    expect(polite.getAttribute('aria-live')).toBe('polite');
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(2);
  });

  it('say a wait when it starts and the retry when it runs, politely, and not every second', async () => {
    const { screen, i18n } = await page(runs([rateLimited], 600));
    const polite = liveRegion('polite');
    const said: string[] = [];
    new MutationObserver(() => polite.textContent && said.push(polite.textContent)).observe(polite, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await expect
      .poll(() => said, { timeout: 6000 })
      .toContain(copyText(i18n, 'states.succeeded.body_intent', { intent: 'summarizing your contracts' }));
    expect(said).toEqual([
      `${copyText(i18n, 'kinds.rate_limited.cause_intent', { intent: 'summarizing your contracts' })} ${copyText(i18n, 'a11y.countdown', { count: 2 })}`,
      copyText(i18n, 'states.running.body_intent', { intent: 'summarizing your contracts' }),
      copyText(i18n, 'states.succeeded.body_intent', { intent: 'summarizing your contracts' }),
    ]);
    expect(liveRegion('assertive').textContent).toBe('');
  });
});
