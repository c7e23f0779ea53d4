import { deriveViewModel, initialIntentState, type PendingIntent, type Problem } from '@tactful/core';
import {
  FallbackOffer,
  ProblemBanner,
  ResumePrompt,
  StatusBanner,
  TactfulProvider,
  type TactfulProviderProps,
  useIntent,
  usePendingIntents,
} from '@tactful/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { tactfulI18n } from '../support/tactful';

const funds: Problem = { kind: 'insufficient_funds', retryable: false, cause: null };
const viewModel = deriveViewModel(
  {
    id: 'ssr',
    idempotencyKey: 'k',
    label: 'summarizing your contracts',
    state: { ...initialIntentState(), status: 'blocked', attempt: 1, problem: funds },
  },
  { now: 0, canManageBilling: true },
);
const pending: PendingIntent = {
  id: 'p',
  idempotencyKey: 'k',
  kind: 'insufficient_funds',
  attempt: 1,
  savedAt: 0,
  data: null,
};

function Page() {
  const intent = useIntent({ label: 'summarizing your contracts', run: async () => 'done' });
  const { intents } = usePendingIntents();
  return (
    <>
      <button onClick={() => void intent.submit()} type="button">
        Run
      </button>
      <StatusBanner />
      <ProblemBanner viewModel={viewModel} />
      <FallbackOffer fallback="the basic model" onUse={() => {}} />
      <ResumePrompt onDiscard={() => {}} onResume={() => {}} pending={[pending]} />
      <ResumePrompt onDiscard={() => {}} onResume={() => {}} pending={intents} />
    </>
  );
}

/** Server HTML, then hydration in the browser: every warning and recoverable error React reports. */
async function hydrate(props: Omit<TactfulProviderProps, 'children'>) {
  const app = (
    <TactfulProvider {...props}>
      <Page />
    </TactfulProvider>
  );
  const html = renderToString(app);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const reported: unknown[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => reported.push(args));
  vi.spyOn(console, 'warn').mockImplementation((...args) => reported.push(args));
  // As a browser does it: no act(), just the root and time for its effects.
  hydrateRoot(container, app, { onRecoverableError: (cause) => reported.push(cause) });
  await new Promise((resolve) => setTimeout(resolve, 100));
  error.mockRestore();
  return { html, container, reported };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe(`renderToString then hydrateRoot, React ${inject('reactMajor')}`, () => {
  it('hydrates the banners with copy from an instance made before rendering, without a warning', async () => {
    const i18n = await tactfulI18n('en');
    const { html, container, reported } = await hydrate({ i18n });
    expect(html).toContain('data-tactful-live="polite"');
    expect(html).toContain(
      i18n.t('kinds.insufficient_funds.title', { ns: 'tactful' }).replace(/'/g, '&#x27;'),
    );
    expect(reported.map(String)).toEqual([]);
    expect(container.querySelectorAll('section')).toHaveLength(2);
    // Stored intents are only looked for in the browser, after hydration: none here.
    expect(container.querySelectorAll('[data-tactful-live]')).toHaveLength(2);
  });

  it('hydrates right to left in Arabic without a warning', async () => {
    const i18n = await tactfulI18n('ar');
    const { container, reported } = await hydrate({ i18n });
    expect(reported.map(String)).toEqual([]);
    expect(container.querySelector('section')?.getAttribute('dir')).toBe('rtl');
  });

  it('hydrates a provider that loads its own copy: nothing of the kit on either side until it has', async () => {
    const { html, container, reported } = await hydrate({ lng: 'es' });
    expect(html).not.toContain('<section');
    expect(reported.map(String)).toEqual([]);
    await expect.poll(() => container.querySelectorAll('section').length).toBe(2);
  });
});
