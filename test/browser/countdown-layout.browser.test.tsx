import { RetryCountdown, TactfulProvider } from '@tactful/react';
import '@tactful/react/styles.css';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { tactfulI18n } from '../support/tactful';

const halfway = () => ({
  retryAt: Date.now() + 10_000,
  totalMs: 20_000,
  secondsLeft: 10,
  label: { key: 'states.waiting.countdown' },
  a11yLabel: { key: 'a11y.countdown' },
});

async function countdown(lng: 'en' | 'ar', wrapper: Record<string, string> = {}) {
  const i18n = await tactfulI18n(lng);
  const screen = await render(
    <div {...wrapper} style={{ inlineSize: '400px' }}>
      <TactfulProvider i18n={i18n}>
        <RetryCountdown countdown={halfway()} onRetryNow={() => {}} />
      </TactfulProvider>
    </div>,
  );
  const bar = screen.container.querySelector('[role="progressbar"]') as HTMLElement;
  const fill = bar.firstElementChild as HTMLElement;
  const measured = {
    bar: bar.getBoundingClientRect(),
    fill: fill.getBoundingClientRect(),
    transition: getComputedStyle(fill).transitionDuration,
  };
  screen.unmount();
  return measured;
}

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('RetryCountdown in Chromium', () => {
  it('fills from the start of the line: the left in English, the right in Arabic', async () => {
    const ltr = await countdown('en');
    expect(ltr.fill.width).toBeGreaterThan(ltr.bar.width * 0.4);
    expect(ltr.fill.width).toBeLessThan(ltr.bar.width * 0.6);
    expect(Math.abs(ltr.fill.left - ltr.bar.left)).toBeLessThan(1);
    const rtl = await countdown('ar');
    expect(Math.abs(rtl.fill.right - rtl.bar.right)).toBeLessThan(1);
    expect(rtl.fill.left - rtl.bar.left).toBeGreaterThan(rtl.bar.width * 0.4);
  });

  it('glides between seconds, and does not when the user asks for less motion', async () => {
    expect((await countdown('en')).transition).toBe('1s');
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    expect((await countdown('en')).transition).toBe('0s');
  });

  it('does not glide inside an app that turned motion down itself', async () => {
    expect((await countdown('en', { 'data-reduced-motion': 'true' })).transition).toBe('0s');
  });
});
