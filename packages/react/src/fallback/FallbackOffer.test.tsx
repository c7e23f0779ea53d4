import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { copyText, renderWithTactful } from '../../../../test/support/render';
import { FallbackOffer } from './FallbackOffer';

describe('FallbackOffer', () => {
  it('names the alternative and switches to it', async () => {
    const onUse = vi.fn();
    const { i18n } = await renderWithTactful(<FallbackOffer fallback="the basic model" onUse={onUse} />);
    const sentence = copyText(i18n, 'fallback.offer', { fallback: 'the basic model' });
    expect(screen.getByText(sentence)).toBeInTheDocument();
    const button = screen.getByRole('button', { name: copyText(i18n, 'actions.use_fallback') });
    expect(button).toHaveAccessibleDescription(sentence);
    await userEvent.click(button);
    expect(onUse).toHaveBeenCalledTimes(1);
  });

  it("names the alternative through the app's own copy key, and keeps a label's markup as text", async () => {
    const { i18n } = await renderWithTactful(
      <>
        <FallbackOffer fallback={{ key: 'states.degraded.title' }} onUse={() => {}} />
        <FallbackOffer fallback="<b>bold</b> {{product}} $t(terms.money)" onUse={() => {}} />
      </>,
    );
    expect(
      screen.getByText(
        copyText(i18n, 'fallback.offer', { fallback: copyText(i18n, 'states.degraded.title') }),
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(document.body.textContent).toContain('<b>bold</b> {{product}}');
  });
});
