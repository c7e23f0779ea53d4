import { ProblemBanner } from '@tactful/react';
import '@tactful/react/styles.css';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';

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
      {failed ? <ProblemBanner title="Your balance has run out" tone="critical" /> : null}
    </div>
  );
}

describe('ProblemBanner in Chromium', () => {
  it('appears without taking focus from what the user was doing', async () => {
    const screen = await render(<Form />);
    const input = screen.getByRole('textbox', { name: 'Task' });
    await userEvent.click(input);
    await userEvent.keyboard('{Tab}');
    const run = screen.getByRole('button', { name: 'Run' });
    await expect.element(run).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('region', { name: 'Your balance has run out' })).toBeVisible();
    await expect.element(run).toHaveFocus();
  });

  it('puts the accent edge at the start of the line in both directions', async () => {
    const screen = await render(
      <>
        <div dir="ltr">
          <ProblemBanner title="Your balance is low" tone="warning" />
        </div>
        <div dir="rtl">
          <ProblemBanner title="رصيدك منخفض" tone="warning" />
        </div>
      </>,
    );
    const ltr = getComputedStyle(screen.getByRole('region', { name: 'Your balance is low' }).element());
    const rtl = getComputedStyle(screen.getByRole('region', { name: 'رصيدك منخفض' }).element());
    expect(ltr.borderLeftWidth).toBe('4px');
    expect(ltr.borderRightWidth).toBe('1px');
    expect(rtl.borderRightWidth).toBe('4px');
    expect(rtl.borderLeftWidth).toBe('1px');
  });
});
