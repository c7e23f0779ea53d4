// Model-based test of the runtime: random sequences of user actions, run outcomes of every kind, timers,
// network changes, reloads and two tabs sharing storage, locks and a broadcast channel, with the six
// invariants of the issue checked after every step. Sizes come from TACTFUL_MODEL_RUNS (sequences) and
// TACTFUL_MODEL_STEPS (maximum steps per sequence); the totals are printed at the end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionId } from '../copy/keys';
import {
  isTransientKind,
  kindGroup,
  PROBLEM_KIND_GROUPS,
  PROBLEM_KINDS,
  type ProblemKind,
} from '../problem/kinds';
import type { Problem } from '../problem/problem';
import { intentStore } from '../storage/intent-store';
import { memoryStorage } from '../storage/memory';
import { viewModelProblems } from '../view-model/testing/check';
import { deriveViewModel } from '../view-model/view-model';
import { isFinalStatus } from './intent.machine';
import { createIntentRuntime } from './intent.runtime';
import type { IntentRuntime, IntentSpec, PendingIntent, RunContext } from './intent.types';
import { fakeBrowser, flush, manualClock, networkSwitch } from './testing/fakes';

const RUNS = Number(process.env.TACTFUL_MODEL_RUNS ?? 400);
const MAX_STEPS = Number(process.env.TACTFUL_MODEL_STEPS ?? 80);
const TABS = 2;

type Pick = number;
type Command =
  | {
      readonly type: 'submit';
      readonly tab: number;
      readonly label: boolean;
      readonly durable: boolean;
      readonly fallbackFor: readonly ProblemKind[];
    }
  | { readonly type: 'succeed'; readonly pick: Pick }
  | { readonly type: 'fail'; readonly pick: Pick; readonly problem: Problem }
  | { readonly type: 'advance'; readonly ms: number }
  | { readonly type: 'recovered'; readonly tab: number; readonly pick: Pick | 'all' }
  | {
      readonly type: 'user';
      readonly tab: number;
      readonly pick: Pick;
      readonly action:
        | 'startRecovery'
        | 'recoveryFailed'
        | 'retry'
        | 'takeFallback'
        | 'cancel'
        | 'discard'
        | 'dismiss';
    }
  | {
      readonly type: 'act';
      readonly tab: number;
      readonly pick: Pick;
      readonly action: Pick;
      readonly canManageBilling: boolean;
    }
  | { readonly type: 'network'; readonly online: boolean }
  | { readonly type: 'deliver' }
  | { readonly type: 'reload'; readonly tab: number }
  | { readonly type: 'pickUp'; readonly tab: number }
  | { readonly type: 'declinePending'; readonly tab: number; readonly pick: Pick };

const problemArbitrary: fc.Arbitrary<Problem> = fc
  .record({
    // Half billing, so that intents get stored, shared by tabs and recovered often.
    kind: fc.oneof(fc.constantFrom(...PROBLEM_KINDS), fc.constantFrom(...PROBLEM_KIND_GROUPS.billing)),
    retryable: fc.boolean(),
    retryAfterMs: fc.option(fc.constantFrom(0, 500, 20_000, 3_600_000), { nil: undefined }),
    provider: fc.constantFrom('openai', 'anthropic', undefined),
  })
  .map(({ retryAfterMs, provider, ...rest }) => ({
    ...rest,
    cause: null,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    ...(provider === undefined ? {} : { provider }),
  }));

const tab = fc.nat(TABS - 1);
const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('submit' as const),
      tab,
      label: fc.boolean(),
      durable: fc.boolean(),
      fallbackFor: fc.subarray([
        'insufficient_funds',
        'quota_exhausted',
        'rate_limited',
        'outage',
      ] as ProblemKind[]),
    }),
  },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('succeed' as const), pick: fc.nat() }) },
  {
    weight: 8,
    arbitrary: fc.record({ type: fc.constant('fail' as const), pick: fc.nat(), problem: problemArbitrary }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('advance' as const),
      ms: fc.oneof(fc.nat(2_000), fc.nat(60_000), fc.constant(400_000)),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('recovered' as const),
      tab,
      pick: fc.oneof(fc.nat(), fc.constant('all' as const)),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('user' as const),
      tab,
      pick: fc.nat(),
      action: fc.constantFrom(
        'startRecovery',
        'recoveryFailed',
        'retry',
        'takeFallback',
        'cancel',
        'discard',
        'dismiss' as const,
      ),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('act' as const),
      tab,
      pick: fc.nat(),
      action: fc.nat(),
      canManageBilling: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('network' as const), online: fc.boolean() }) },
  { weight: 3, arbitrary: fc.constant({ type: 'deliver' as const }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('reload' as const), tab }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('pickUp' as const), tab }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('declinePending' as const), tab, pick: fc.nat() }) },
);

interface RunCall {
  readonly tab: string;
  readonly id: string;
  readonly attempt: number;
  readonly replay: boolean;
  settled: boolean;
  dead: boolean;
  readonly resolve: (value: string) => void;
  readonly reject: (error: unknown) => void;
}

/** One simulated browser: two tabs, one clock, one network, one localStorage. */
function world(seed: number, politeRuns: boolean, locks: 'web-locks' | 'lease') {
  const clock = manualClock(1_000_000);
  const network = networkSwitch();
  const storage = memoryStorage();
  const browser = fakeBrowser(storage, clock);
  let randomState = seed >>> 0 || 1;
  const random = () => {
    randomState = (randomState * 1_103_515_245 + 12_345) >>> 0;
    return randomState / 2 ** 32;
  };
  const warnings: string[] = [];
  // Checks made inside runs and outcome callbacks are collected: a throw there would only reach the runtime.
  const violations: string[] = [];
  const demand = (ok: boolean, message: string) => {
    if (!ok) violations.push(message);
  };
  const calls: RunCall[] = [];
  const submitted = new Set<string>();
  const endings = new Map<string, string>();
  const succeededRuns = new Set<string>();
  const cancelAsked = new Set<string>();
  const discardAsked = new Set<string>();
  const lostToReload = new Set<string>();
  const attemptsRun = new Set<string>();
  const replaysSinceBlock = new Map<string, number>();
  /** How often the interesting situations came up, to show the random sequences reach them. */
  const stats = { replays: 0, restores: 0, sharedRuns: 0, reloadsMidRun: 0, waits: 0, ended: 0 };
  let ids = 0;

  interface Tab {
    readonly name: string;
    readonly runtime: IntentRuntime;
    readonly close: () => void;
  }

  function runFor(tabName: string, runtimeRef: () => IntentRuntime, fallback: boolean) {
    return (context: RunContext<unknown>) =>
      new Promise<string>((resolve, reject) => {
        const id = String((context.input as { id: string }).id);
        // 1. Never two runs of one intent at once, in any tab.
        const overlapping = calls.filter((call) => call.id === id && !call.settled && !call.dead);
        demand(overlapping.length === 0, `run of ${id} while another is under way`);
        // 2. Every attempt number runs once, in one tab only.
        const attemptKey = `${id}#${context.attempt}`;
        demand(!attemptsRun.has(attemptKey), `attempt ${attemptKey} ran twice`);
        attemptsRun.add(attemptKey);
        const state = runtimeRef().get(id)?.state;
        demand(state?.status === (fallback ? 'degraded' : 'running'), `${id} ran while ${state?.status}`);
        const reason = state && 'reason' in state ? state.reason : undefined;
        // 4. Automatic retries only after a transient problem.
        if (reason === 'automatic') {
          demand(
            isTransientKind(state?.problem?.kind ?? 'unknown'),
            `${id} retried after ${state?.problem?.kind}`,
          );
        }
        // 2. After a recovery the intent replays at most once, across tabs.
        const replay = reason === 'recovered';
        if (calls.some((call) => call.id === id && call.tab !== tabName)) stats.sharedRuns++;
        if (replay) {
          stats.replays++;
          const replays = (replaysSinceBlock.get(id) ?? 0) + 1;
          replaysSinceBlock.set(id, replays);
          demand(replays === 1, `${id} replayed twice after one recovery`);
        }
        const call: RunCall = {
          tab: tabName,
          id,
          attempt: context.attempt,
          replay,
          settled: false,
          dead: false,
          resolve: (value) => {
            call.settled = true;
            resolve(value);
          },
          reject: (error) => {
            call.settled = true;
            reject(error);
          },
        };
        calls.push(call);
        if (politeRuns) {
          context.signal.addEventListener('abort', () =>
            call.reject({ kind: 'aborted', retryable: false, cause: null }),
          );
        }
      });
  }

  function spec(
    tabName: string,
    runtimeRef: () => IntentRuntime,
    id: string,
    extra: Partial<IntentSpec<unknown, string>>,
  ) {
    return {
      input: { id },
      run: runFor(tabName, runtimeRef, false),
      ...extra,
      ...(extra.fallback ? { fallback: { ...extra.fallback, run: runFor(tabName, runtimeRef, true) } } : {}),
    } satisfies IntentSpec<unknown, string>;
  }

  function track(id: string, done: Promise<{ status: string }>) {
    done.then((outcome) => {
      // 3. An intent ends only as succeeded, cancelled or discarded, and only for its own reason.
      const asked = { succeeded: succeededRuns, cancelled: cancelAsked, discarded: discardAsked }[
        outcome.status
      ];
      demand(asked?.has(id) === true, `${id} ended ${outcome.status} without cause`);
      endings.set(id, outcome.status);
      stats.ended++;
    });
  }

  function pickUp(current: Tab) {
    for (const pending of current.runtime.pendingIntents()) restore(current, pending);
  }

  function restore(current: Tab, pending: PendingIntent) {
    stats.restores++;
    const handle = current.runtime.restore(
      pending,
      spec(current.name, () => current.runtime, pending.id, { label: 'picking up' }),
    );
    track(pending.id, handle.done);
  }

  function open(): Tab {
    const coordinator = browser.tab(locks);
    let runtime: IntentRuntime | undefined;
    const store = intentStore({
      storage,
      tabs: coordinator,
      clock,
      logger: { warn: (message) => warnings.push(message) },
    });
    runtime = createIntentRuntime({
      classify: (error) => error as Problem,
      store,
      clock,
      network,
      createId: () => `intent-${++ids}`,
      retryPolicy: { maxRetries: 2, baseDelayMs: 1_000, maxDelayMs: 8_000, maxWaitMs: 60_000, random },
      claimRetryMs: 700,
    });
    const current: Tab = {
      name: coordinator.name,
      runtime,
      close: () => {
        runtime?.destroy();
        coordinator.close();
      },
    };
    pickUp(current);
    return current;
  }

  const tabs: Tab[] = [];
  for (let index = 0; index < TABS; index++) tabs.push(open());

  const live = () => calls.filter((call) => !call.settled && !call.dead);
  const held = (current: Tab) => current.runtime.getSnapshot();

  async function step(command: Command) {
    switch (command.type) {
      case 'submit': {
        const current = tabs[command.tab] as Tab;
        const id = `intent-${++ids}`;
        const handle = current.runtime.submit(
          spec(current.name, () => current.runtime, id, {
            id,
            ...(command.label ? { label: { key: 'app:summarize' } } : {}),
            ...(command.durable ? { serialize: (input: unknown) => input } : {}),
            ...(command.fallbackFor.length > 0
              ? {
                  fallback: {
                    label: 'the basic model',
                    kinds: command.fallbackFor,
                    run: async () => 'unused',
                  },
                }
              : {}),
          }),
        );
        submitted.add(handle.id);
        track(handle.id, handle.done);
        break;
      }
      case 'succeed':
      case 'fail': {
        const open = live();
        const call = open[command.pick % Math.max(1, open.length)];
        if (!call) break;
        if (command.type === 'succeed') {
          succeededRuns.add(call.id);
          call.resolve('done');
        } else {
          const group = kindGroup(command.problem.kind);
          if (group === 'billing' || group === 'access') replaysSinceBlock.set(call.id, 0);
          call.reject(command.problem);
        }
        break;
      }
      case 'advance':
        clock.advance(command.ms);
        break;
      case 'recovered': {
        const current = tabs[command.tab] as Tab;
        const intents = held(current);
        if (command.pick === 'all') current.runtime.recovered();
        else {
          const target = intents[command.pick % Math.max(1, intents.length)];
          if (target) current.runtime.recovered(target.id);
        }
        break;
      }
      case 'user': {
        const current = tabs[command.tab] as Tab;
        const intents = held(current);
        const target = intents[command.pick % Math.max(1, intents.length)];
        if (!target) break;
        if (command.action === 'cancel') cancelAsked.add(target.id);
        if (command.action === 'discard') discardAsked.add(target.id);
        current.runtime[command.action](target.id);
        break;
      }
      case 'act': {
        const current = tabs[command.tab] as Tab;
        const intents = held(current);
        const target = intents[command.pick % Math.max(1, intents.length)];
        if (!target) break;
        const model = deriveViewModel(target, {
          now: clock.now(),
          canManageBilling: command.canManageBilling,
        });
        const action = model.actions[command.action % Math.max(1, model.actions.length)];
        if (!action) break;
        if (action.id === 'cancel') cancelAsked.add(target.id);
        if (action.id === 'discard') discardAsked.add(target.id);
        const handled = current.runtime.act(target.id, action.id);
        const appActions: ActionId[] = [
          'add_funds',
          'update_payment',
          'enable_billing',
          'raise_limit',
          'upgrade_plan',
          'sign_in',
          'ask_admin',
          'edit_request',
          'check_status',
        ];
        expect(handled).toBe(!appActions.includes(action.id));
        // The app's own fix: it opens checkout (or a sign-in page).
        if (!handled && action.id !== 'edit_request') current.runtime.startRecovery(target.id);
        break;
      }
      case 'network':
        network.set(command.online);
        break;
      case 'deliver':
        browser.deliver();
        break;
      case 'reload': {
        const old = tabs[command.tab] as Tab;
        for (const intent of held(old)) {
          const { state } = intent;
          if (!isFinalStatus(state.status) && !state.persisted) lostToReload.add(intent.id);
        }
        for (const call of calls) {
          if (call.tab === old.name && !call.settled) {
            stats.reloadsMidRun++;
            call.dead = true;
            if (call.replay) replaysSinceBlock.set(call.id, 0);
          }
        }
        old.close();
        tabs[command.tab] = open();
        break;
      }
      case 'pickUp':
        pickUp(tabs[command.tab] as Tab);
        break;
      case 'declinePending': {
        const current = tabs[command.tab] as Tab;
        const pending = current.runtime.pendingIntents();
        const target = pending[command.pick % Math.max(1, pending.length)];
        if (target) {
          discardAsked.add(target.id);
          current.runtime.discard(target.id);
          // Declined from the offer to pick it up: ended by the user, in storage, for every tab.
          endings.set(target.id, 'discarded');
        }
        break;
      }
    }
    await flush();
    await flush();
  }

  function check() {
    expect(violations).toEqual([]);
    const now = clock.now();
    for (const current of tabs) {
      for (const intent of held(current)) {
        const { state } = intent;
        // 5. Waiting has a finite retry time that is not behind the clock (its timer fires on time),
        //    and the countdown reaches zero exactly then.
        if (state.status === 'waiting') {
          stats.waits++;
          expect(Number.isFinite(state.retryAt)).toBe(true);
          expect(state.retryAt).toBeGreaterThanOrEqual(now);
          const at = (time: number) =>
            deriveViewModel(intent, { now: time, canManageBilling: true }).countdown?.secondsLeft;
          expect(at(now)).toBe(Math.ceil((state.retryAt - now) / 1000));
          expect(at(state.retryAt)).toBe(0);
        }
        // 6. Every snapshot yields a sound view model.
        for (const canManageBilling of [true, false]) {
          const model = deriveViewModel(intent, { now, canManageBilling });
          expect(viewModelProblems(model), `${state.status} ${state.problem?.kind}`).toEqual([]);
        }
      }
    }
  }

  /** 3. Nothing is dropped silently: every intent is held, stored, ended for a reason, or lost with its page. */
  function checkNothingDropped() {
    const pending = new Set(
      tabs.flatMap((current) => current.runtime.pendingIntents().map((intent) => intent.id)),
    );
    for (const id of submitted) {
      const isHeld = tabs.some((current) => {
        const status = current.runtime.get(id)?.state.status;
        return status !== undefined && !isFinalStatus(status);
      });
      const accounted = isHeld || pending.has(id) || endings.has(id) || lostToReload.has(id);
      expect(accounted, `${id} was dropped silently`).toBe(true);
    }
  }

  return {
    step,
    check,
    checkNothingDropped,
    warnings,
    calls,
    stats,
    close: () => {
      for (const current of tabs) current.close();
    },
  };
}

describe(`runtime invariants over ${RUNS} random sequences of up to ${MAX_STEPS} steps, two tabs, reloads`, () => {
  it(
    'never runs twice at once, replays at most once, never drops an intent, never retries billing, counts down, renders soundly',
    async () => {
      let sequences = 0;
      let steps = 0;
      let runs = 0;
      const totals: Record<string, number> = {};
      await fc.assert(
        fc.asyncProperty(
          fc.array(commandArbitrary, { minLength: 1, maxLength: MAX_STEPS, size: 'max' }),
          fc.integer(),
          fc.boolean(),
          fc.constantFrom('web-locks' as const, 'lease' as const),
          async (commands, seed, politeRuns, locks) => {
            sequences++;
            const simulation = world(seed, politeRuns, locks);
            try {
              for (const command of commands) {
                steps++;
                await simulation.step(command);
                simulation.check();
              }
              simulation.checkNothingDropped();
              // Records written by the kit itself are always readable.
              expect(simulation.warnings).toEqual([]);
              runs += simulation.calls.length;
              for (const [name, count] of Object.entries(simulation.stats))
                totals[name] = (totals[name] ?? 0) + count;
            } finally {
              simulation.close();
            }
          },
        ),
        { numRuns: RUNS },
      );
      console.info(
        `[tactful] runtime invariants: ${sequences} random sequences, ${steps} steps, ${runs} runs of intents; ` +
          `situations reached: ${JSON.stringify(totals)}`,
      );
      expect(sequences).toBeGreaterThanOrEqual(RUNS);
    },
    60_000 + RUNS * MAX_STEPS * 5,
  );
});
