import {
  deriveViewModel,
  type IntentState,
  type IntentViewModel,
  initialIntentState,
  type PendingIntent,
  type Problem,
} from '@tactful/core';
import {
  FallbackOffer,
  ProblemBanner,
  ResumePrompt,
  RetryCountdown,
  StatusBanner,
  TactfulProvider,
} from '@tactful/react';
import '@tactful/react/styles.css';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { Frame, LOOKS, violations } from '../support/looks';
import { tactfulI18n } from '../support/tactful';

const NOW = Date.now();

function viewModel(
  state: Partial<IntentState> & Pick<IntentState, 'status'>,
  label?: string,
): IntentViewModel {
  return deriveViewModel(
    {
      id: `vm-${state.status}`,
      idempotencyKey: 'k',
      label,
      state: { ...initialIntentState(), attempt: 2, ...state } as IntentState,
      fallbackLabel: 'the basic model',
    },
    { now: NOW, canManageBilling: true },
  );
}

const problem = (kind: Problem['kind']): Problem => ({
  kind,
  retryable: kind === 'rate_limited',
  cause: null,
});
const pending: PendingIntent = {
  id: 'p',
  idempotencyKey: 'k',
  kind: 'insufficient_funds',
  attempt: 1,
  savedAt: 0,
  data: null,
};
const ignore = () => {};

const COMPONENTS: ReadonlyArray<readonly [string, ReactNode]> = [
  [
    'ProblemBanner, blocked with three actions',
    <ProblemBanner
      key="b"
      onAction={ignore}
      viewModel={viewModel(
        { status: 'blocked', problem: problem('insufficient_funds') },
        'summarizing 40 contracts',
      )}
    />,
  ],
  [
    'ProblemBanner, waiting with a countdown and a fallback',
    <ProblemBanner
      key="w"
      onAction={ignore}
      viewModel={viewModel({
        status: 'waiting',
        problem: problem('rate_limited'),
        retryAt: NOW + 30_000,
        waitMs: 40_000,
        fallbackFor: ['rate_limited'],
      })}
    />,
  ],
  [
    'ProblemBanner, done and dismissible',
    <ProblemBanner
      key="s"
      onAction={ignore}
      viewModel={viewModel({ status: 'succeeded', problem: problem('overloaded') })}
    />,
  ],
  [
    'RetryCountdown with "Try now"',
    <RetryCountdown
      countdown={{
        retryAt: NOW + 20_000,
        totalMs: 30_000,
        secondsLeft: 20,
        label: { key: 'x' },
        a11yLabel: { key: 'a11y.countdown' },
      }}
      key="c"
      onRetryNow={ignore}
    />,
  ],
  ['FallbackOffer', <FallbackOffer fallback="the basic model" key="f" onUse={ignore} />],
  ['StatusBanner, offline', <StatusBanner key="o" onDismiss={ignore} status="offline" />],
  [
    'StatusBanner, outage with a status page',
    <StatusBanner key="u" provider="OpenAI" status="outage" statusPageUrl="https://status.example.com" />,
  ],
  ['ResumePrompt', <ResumePrompt key="r" onDiscard={ignore} onResume={ignore} pending={[pending]} />],
];

describe.each(LOOKS)('axe, $name', (look) => {
  it.each(COMPONENTS)('%s has no violations', async (_, component) => {
    const i18n = await tactfulI18n(look.lng);
    const screen = await render(
      <Frame look={look}>
        <TactfulProvider i18n={i18n}>{component}</TactfulProvider>
      </Frame>,
    );
    const frame = screen.getByTestId('frame').element();
    // Rendered in the look's language and direction, with no key showing.
    const root = frame.querySelector('[class^="tactful-"]');
    expect(root?.closest('[dir]')?.getAttribute('dir')).toBe(look.dir);
    expect(frame.textContent).not.toMatch(/\b(kinds|states|actions|a11y|tones)\.[a-z_]+/);
    expect(await violations(frame)).toEqual([]);
  });
});
