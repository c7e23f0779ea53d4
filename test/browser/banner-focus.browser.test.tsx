import { deriveViewModel, type IntentViewModel, initialIntentState, type Problem } from '@tactful/core';
import { ProblemBanner, TactfulProvider } from '@tactful/react';
import '@tactful/react/styles.css';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderInBrowser, tactfulI18n } from '../support/browser';

function blocked(kind: Problem['kind']): IntentViewModel {
  const problem: Problem = { kind, retryable: false, cause: null };
  return deriveViewModel(
    {
      id: kind,
      idempotencyKey: kind,
      state: { ...initialIntentState(), status: 'blocked', attempt: 1, problem },
    },
    { now: 0, canManageBilling: true },
  );
}

function Form() {
  const [failed, setFailed] = useState(false);
  return (
    <div>
      <label>
        Task <input defaultValue="Summarize my contracts" />
      </label>
      <button onClick={() => setFailed(true)} type="button">
        Run
      </button>
      {failed ? <ProblemBanner onAction={() => {}} viewModel={blocked('insufficient_funds')} /> : null}
    </div>
  );
}

describe('ProblemBanner in Chromium', () => {
  it('appears without taking focus from what the user was doing', async () => {
    const screen = await renderInBrowser(<Form />);
    const input = screen.getByRole('textbox', { name: 'Task' });
    await userEvent.click(input);
    await userEvent.keyboard('{Tab}');
    const run = screen.getByRole('button', { name: 'Run' });
    await expect.element(run).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect
      .element(
        screen.getByRole('region', {
          name: 'Your balance has run out The balance on this account has run out.',
          exact: true,
        }),
      )
      .toBeVisible();
    await expect.element(run).toHaveFocus();
  });

  it('puts the accent edge at the start of the line in both directions', async () => {
    const arabic = await tactfulI18n('ar');
    const screen = await renderInBrowser(
      <>
        <div data-testid="ltr">
          <ProblemBanner onAction={() => {}} viewModel={blocked('auth_invalid')} />
        </div>
        <div data-testid="rtl">
          <TactfulProvider i18n={arabic}>
            <ProblemBanner onAction={() => {}} viewModel={blocked('auth_invalid')} />
          </TactfulProvider>
        </div>
      </>,
    );
    const ltrBanner = screen.getByTestId('ltr').getByRole('region');
    const rtlBanner = screen.getByTestId('rtl').getByRole('region');
    await expect.element(rtlBanner).toHaveAttribute('dir', 'rtl');
    const ltr = getComputedStyle(ltrBanner.element());
    const rtl = getComputedStyle(rtlBanner.element());
    expect(ltr.borderLeftWidth).toBe('4px');
    expect(ltr.borderRightWidth).toBe('1px');
    expect(rtl.borderRightWidth).toBe('4px');
    expect(rtl.borderLeftWidth).toBe('1px');
  });
});
