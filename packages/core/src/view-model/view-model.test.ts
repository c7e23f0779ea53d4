import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialIntentState } from '../intent/intent.machine';
import type { IntentSnapshot, IntentState, IntentStatus, RunReason } from '../intent/intent.types';
import { problem } from '../intent/testing/fakes';
import { money } from '../money/money';
import { PROBLEM_KINDS } from '../problem/kinds';
import type { Problem } from '../problem/problem';
import { deriveResumeViewModel } from './resume';
import { viewModelProblems } from './testing/check';
import { deriveViewModel } from './view-model';
import type { ViewModelContext } from './view-model.types';

const base = initialIntentState({ fallbackFor: ['insufficient_funds'] });

function snapshot(
  state: Partial<IntentState> & { status: IntentStatus },
  extra: Partial<IntentSnapshot> = {},
) {
  return {
    id: 'i1',
    idempotencyKey: 'k1',
    label: { key: 'app:intents.summarize', values: { count: 40 } },
    state: { ...base, ...state } as IntentState,
    ...extra,
  } satisfies IntentSnapshot;
}

const payer: ViewModelContext = {
  now: 0,
  canManageBilling: true,
  providerName: (id) => ({ openai: 'OpenAI', anthropic: 'Anthropic' })[id],
};

describe('deriveViewModel: blocked', () => {
  const funds = problem('insufficient_funds', {
    provider: 'openai',
    amounts: { balance: money(0.42, 'USD'), needed: money(1.5, 'USD') },
  });

  it('names the intent and the provider, states the amounts, and offers adding funds first', () => {
    const model = deriveViewModel(snapshot({ status: 'blocked', problem: funds }), payer);
    const intent = { key: 'app:intents.summarize', values: { count: 40 } };
    expect(model).toMatchObject({
      state: 'blocked',
      kind: 'insufficient_funds',
      tone: 'critical',
      politeness: 'assertive',
    });
    expect(model.title).toEqual({ key: 'kinds.insufficient_funds.title' });
    expect(model.body).toEqual([
      { key: 'kinds.insufficient_funds.cause_intent_provider', values: { intent, provider: 'OpenAI' } },
      {
        key: 'amounts.balance_needed',
        values: { balance: 0.42, needed: 1.5 },
        formatParams: { balance: { currency: 'USD' }, needed: { currency: 'USD' } },
      },
      { key: 'kinds.insufficient_funds.next', values: { intent, provider: 'OpenAI' } },
    ]);
    expect(model.actions.map((action) => [action.id, action.primary])).toEqual([
      ['add_funds', true],
      ['try_again', false],
      ['discard', false],
    ]);
    expect(model.announcement).toEqual(model.body[0]);
    expect(viewModelProblems(model)).toEqual([]);
  });

  it('asks an admin when the user cannot pay', () => {
    const model = deriveViewModel(snapshot({ status: 'blocked', problem: funds }), {
      ...payer,
      canManageBilling: false,
    });
    expect(model.body.at(-1)?.key).toBe('kinds.insufficient_funds.next_admin');
    expect(model.actions[0]).toMatchObject({ id: 'ask_admin', primary: true });
    expect(model.actions.some((action) => action.id === 'add_funds')).toBe(false);
  });

  it('shows the balance the app shows, not the provider figure, in its currency', () => {
    const model = deriveViewModel(snapshot({ status: 'blocked', problem: funds }), {
      ...payer,
      balance: money(1200, 'JPY'),
    });
    expect(model.body[1]).toEqual({
      key: 'amounts.balance_needed',
      values: { balance: 1200, needed: 1.5 },
      formatParams: { balance: { currency: 'JPY' }, needed: { currency: 'USD' } },
    });
    const alone = deriveViewModel(snapshot({ status: 'blocked', problem: problem('insufficient_funds') }), {
      ...payer,
      balance: money(3.2, 'EUR'),
    });
    expect(alone.body[1]).toEqual({
      key: 'amounts.balance',
      values: { balance: 3.2 },
      formatParams: { balance: { currency: 'EUR' } },
    });
  });

  it('leaves amounts out when there are none in money, and the provider out when it has no display name', () => {
    const credits = problem('quota_exhausted', {
      provider: 'acme',
      amounts: { needed: { value: 10, unit: 'credits' } },
    });
    const model = deriveViewModel(
      snapshot({ status: 'blocked', problem: credits }, { label: undefined }),
      payer,
    );
    expect(model.body.map((ref) => ref.key)).toEqual([
      'kinds.quota_exhausted.cause',
      'kinds.quota_exhausted.next',
    ]);
    expect(model.actions[0]?.id).toBe('upgrade_plan');
  });

  it('does not name the provider for kinds whose copy cannot', () => {
    const model = deriveViewModel(
      snapshot({ status: 'failed', problem: problem('invalid_request', { provider: 'openai' }) }),
      payer,
    );
    expect(model.body[0]?.key).toBe('kinds.invalid_request.cause_intent');
    expect(model.actions[0]).toMatchObject({ id: 'edit_request', primary: true });
  });

  it('offers the fallback after the fix, with a sentence naming it', () => {
    const model = deriveViewModel(
      snapshot(
        { status: 'blocked', problem: problem('insufficient_funds') },
        { fallbackLabel: 'the basic model' },
      ),
      payer,
    );
    expect(model.body.at(-1)).toEqual({ key: 'fallback.offer', values: { fallback: 'the basic model' } });
    expect(model.actions.map((action) => action.id)).toEqual([
      'add_funds',
      'use_fallback',
      'try_again',
      'discard',
    ]);
  });

  it('gives access problems a warning tone and the sign-in fix', () => {
    const model = deriveViewModel(snapshot({ status: 'blocked', problem: problem('auth_invalid') }), payer);
    expect(model.tone).toBe('warning');
    expect(model.actions[0]).toMatchObject({ id: 'sign_in', primary: true });
  });

  it('applies an app override for a kind, passing the default values to its own keys', () => {
    const model = deriveViewModel(snapshot({ status: 'blocked', problem: problem('insufficient_funds') }), {
      ...payer,
      overrides: {
        insufficient_funds: {
          tone: 'warning',
          fix: 'upgrade_plan',
          title: { key: 'app:outOfCredits.title' },
          cause: { key: 'app:outOfCredits.cause', values: { plan: 'Pro' } },
        },
      },
    });
    expect(model.tone).toBe('warning');
    expect(model.toneLabel).toEqual({ key: 'tones.warning' });
    expect(model.title).toEqual({ key: 'app:outOfCredits.title' });
    expect(model.body[0]).toEqual({
      key: 'app:outOfCredits.cause',
      values: { intent: { key: 'app:intents.summarize', values: { count: 40 } }, plan: 'Pro' },
    });
    expect(model.actions.filter((action) => action.primary).map((action) => action.id)).toEqual([
      'upgrade_plan',
    ]);
  });
});

describe('deriveViewModel: waiting, failed, offline', () => {
  const waiting = (now: number) =>
    deriveViewModel(
      snapshot({
        status: 'waiting',
        problem: problem('rate_limited', { provider: 'anthropic' }),
        retryAt: 10_000,
        waitMs: 5_500,
      }),
      { ...payer, now },
    );

  it('counts whole seconds up, reaches zero at the retry time, and keeps the announcement still', () => {
    expect(
      [4_500, 5_000, 5_001, 9_000, 9_999, 10_000, 12_000].map((now) => waiting(now).countdown?.secondsLeft),
    ).toEqual([6, 5, 5, 1, 1, 0, 0]);
    const early = waiting(4_500);
    expect(early.countdown).toMatchObject({ retryAt: 10_000, totalMs: 5_500 });
    expect(early.body[1]).toEqual({ key: 'states.waiting.countdown', values: { count: 6 } });
    expect(early.countdown?.a11yLabel).toEqual({ key: 'a11y.countdown', values: { count: 6 } });
    expect(waiting(10_000).body[1]).toEqual({ key: 'states.waiting.retrying' });
    expect(waiting(9_000).announcement).toEqual(early.announcement);
    expect(early).toMatchObject({ tone: 'warning', politeness: 'polite' });
    expect(early.body[0]?.key).toBe('kinds.rate_limited.cause_intent_provider');
    expect(early.actions.map((action) => [action.id, action.primary])).toEqual([
      ['retry_now', true],
      ['cancel', false],
    ]);
  });

  it('says how many tries were made once retries ran out, and offers trying again', () => {
    const model = deriveViewModel(
      snapshot({ status: 'failed', problem: problem('outage'), retries: 3 }),
      payer,
    );
    expect(model.body.map((ref) => ref.key)).toEqual([
      'kinds.outage.cause_intent',
      'states.failed.exhausted',
      'states.failed.next',
    ]);
    expect(model.body[1]?.values).toEqual({ count: 4 });
    expect(model.actions[0]).toMatchObject({ id: 'try_again', primary: true });
    expect(model.politeness).toBe('assertive');
  });

  it('speaks of the network when offline, whatever the last problem was', () => {
    const model = deriveViewModel(snapshot({ status: 'offline', problem: problem('rate_limited') }), payer);
    expect(model.kind).toBe('offline');
    expect(model.title).toEqual({ key: 'kinds.offline.title' });
    expect(model.body.map((ref) => ref.key)).toEqual(['kinds.offline.cause_intent', 'states.offline.next']);
  });
});

describe('deriveViewModel: states without a problem to show', () => {
  const cases: [Partial<IntentState> & { status: IntentStatus }, string, string[]][] = [
    [{ status: 'running', reason: 'submit' }, 'states.running.title', ['cancel']],
    [{ status: 'running', reason: 'recovered' }, 'states.resuming.title', ['cancel']],
    [{ status: 'degraded', reason: 'fallback' }, 'states.degraded.title', ['cancel']],
    [
      { status: 'recovering', problem: problem('insufficient_funds') },
      'states.recovering.title',
      ['resume', 'discard'],
    ],
    [{ status: 'succeeded' }, 'states.succeeded.title', ['dismiss']],
    [{ status: 'cancelled' }, 'states.cancelled.title', ['dismiss']],
    [{ status: 'discarded' }, 'states.cancelled.title', []],
    [{ status: 'idle' }, 'states.running.title', []],
  ];
  it.each(cases)('%o', (state, title, actions) => {
    const model = deriveViewModel(snapshot(state, { fallbackLabel: 'the basic model' }), payer);
    expect(model.title.key).toBe(title);
    expect(model.actions.map((action) => action.id)).toEqual(actions);
    expect(model.kind).toBeUndefined();
    expect(viewModelProblems(model)).toEqual([]);
  });

  it('names the fallback while running it', () => {
    const model = deriveViewModel(
      snapshot({ status: 'degraded', reason: 'fallback' }, { fallbackLabel: 'the basic model' }),
      payer,
    );
    expect(model.body[0]).toEqual({
      key: 'states.degraded.body_intent',
      values: {
        intent: { key: 'app:intents.summarize', values: { count: 40 } },
        fallback: 'the basic model',
      },
    });
  });

  it('marks success with its tone and no primary action', () => {
    const model = deriveViewModel(
      snapshot({ status: 'succeeded' }, { label: 'summarizing your contracts' }),
      payer,
    );
    expect(model).toMatchObject({ tone: 'success', politeness: 'polite' });
    expect(model.body[0]).toEqual({
      key: 'states.succeeded.body_intent',
      values: { intent: 'summarizing your contracts' },
    });
  });
});

const problemArbitrary: fc.Arbitrary<Problem> = fc.record({
  kind: fc.constantFrom(...PROBLEM_KINDS),
  retryable: fc.boolean(),
  cause: fc.constant(null),
  provider: fc.constantFrom('openai', 'anthropic', 'acme', undefined),
  amounts: fc.option(
    fc.record({
      balance: fc.option(
        fc.integer({ min: 0, max: 10_000_00 }).map((minor) => ({ minor, currency: 'USD' })),
        { nil: undefined },
      ),
      needed: fc.option(
        fc.oneof(
          fc.integer({ min: 0, max: 10_000 }).map((minor) => ({ minor, currency: 'EUR' })),
          fc.nat().map((value) => ({ value, unit: 'credits' })),
        ),
        { nil: undefined },
      ),
    }),
    { nil: undefined },
  ),
}) as fc.Arbitrary<Problem>;

const STATUSES: IntentStatus[] = [
  'idle',
  'running',
  'succeeded',
  'blocked',
  'recovering',
  'waiting',
  'offline',
  'degraded',
  'failed',
  'cancelled',
  'discarded',
];
const REASONS: RunReason[] = ['submit', 'automatic', 'manual', 'recovered', 'online', 'fallback'];

describe('deriveViewModel: invariant 6 over random snapshots and contexts', () => {
  const runs = Number(process.env.TACTFUL_VIEW_RUNS ?? 5000);
  it(`holds for ${runs} random snapshots`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUSES),
        problemArbitrary,
        fc.constantFrom(...REASONS),
        fc.nat(5),
        fc.subarray([...PROBLEM_KINDS]),
        fc.option(fc.oneof(fc.string(), fc.record({ key: fc.constant('app:label') })), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        fc.record({
          now: fc.integer({ min: 0, max: 100_000 }),
          retryAt: fc.integer({ min: 0, max: 100_000 }),
          canManageBilling: fc.boolean(),
          balance: fc.option(
            fc.integer({ min: 0, max: 100_000 }).map((minor) => money(minor / 100, 'USD')),
            { nil: undefined },
          ),
        }),
        (status, failure, reason, retries, fallbackFor, label, fallbackLabel, context) => {
          const state = {
            ...initialIntentState({ fallbackFor }),
            status,
            problem: failure,
            reason,
            retries,
            retryAt: context.retryAt,
            waitMs: 5000,
          } as IntentState;
          const model = deriveViewModel(
            { id: 'x', idempotencyKey: 'k', label, fallbackLabel, state },
            {
              now: context.now,
              canManageBilling: context.canManageBilling,
              balance: context.balance,
              providerName: payer.providerName,
            },
          );
          expect(viewModelProblems(model)).toEqual([]);
          expect(model.politeness).toBe(status === 'blocked' || status === 'failed' ? 'assertive' : 'polite');
        },
      ),
      { numRuns: runs },
    );
  }, 120_000);
});

describe('deriveResumeViewModel', () => {
  it('names one labelled intent, counts several, and offers resuming first', () => {
    const one = deriveResumeViewModel(1, 'summarizing your contracts');
    expect(one.body).toEqual([
      { key: 'resume.body_intent', values: { intent: 'summarizing your contracts' } },
    ]);
    const many = deriveResumeViewModel(3);
    expect(many.body).toEqual([{ key: 'resume.body_count', values: { count: 3 } }]);
    expect(many.actions.map((action) => [action.id, action.primary])).toEqual([
      ['resume', true],
      ['discard', false],
    ]);
  });
});
