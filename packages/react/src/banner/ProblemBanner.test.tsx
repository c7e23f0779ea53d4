import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProblemBanner } from './ProblemBanner';

describe('ProblemBanner', () => {
  it('is a region named by its title, with no alert role of its own', () => {
    render(
      <ProblemBanner title="Your balance has run out" tone="critical">
        Add funds and we'll pick up where you left off.
      </ProblemBanner>,
    );
    const region = screen.getByRole('region', { name: 'Your balance has run out' });
    expect(region).toHaveAttribute('data-tone', 'critical');
    expect(region).toHaveTextContent("Add funds and we'll pick up where you left off.");
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers a dismiss button only with a translated name', async () => {
    const onDismiss = vi.fn();
    const { rerender } = render(
      <ProblemBanner onDismiss={onDismiss} title="Trying again soon" tone="info" />,
    );
    expect(screen.queryByRole('button')).toBeNull();

    rerender(
      <ProblemBanner
        dismissLabel="Dismiss message"
        onDismiss={onDismiss}
        title="Trying again soon"
        tone="info"
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
