import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  type ActionId,
  classify,
  createIntentRuntime,
  formatMoney,
  type IntentRuntime,
  type Money,
  providerName,
} from '@tactful/core';
import { type AppActionHandler, ProblemBanner, type RechargeRequest, useIntent } from '@tactful/react';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { loadedCopy } from '../support/copy';
import { FIXTURE_NAMES, fixture, responseOf } from '../support/fixtures';
import { StoryTactful, useStoryFrame } from '../support/frame';
import { taskLabel } from '../support/labels';
import { createPaidApi, type PaidApi } from '../support/paid-api';

const usd = (minor: number): Money => ({ minor, currency: 'USD' });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Args {
  /** The real provider response the simulated API refuses with (classified for real). */
  readonly answer: string;
  readonly canManageBilling: boolean;
  /** What the app's checkout does when the user pays in the dialog. */
  readonly checkout: 'succeeds' | 'declined once (Stripe)';
  /** Starting balance and price per task, in dollars: $2.50 and $1.00 run out on the third task. */
  readonly startBalance: number;
  readonly price: number;
  /** Each payment the checkout is asked for. */
  readonly onCheckout: (request: RechargeRequest) => void;
}

/** What each app action does in this simulated app: the fix for the API's trouble. */
const APP_FIXES: readonly ActionId[] = [
  'update_payment',
  'upgrade_plan',
  'raise_limit',
  'enable_billing',
  'sign_in',
  'ask_admin',
  'edit_request',
];

/** One task of the app: a request through `useIntent`, started when the row appears, with its banner. */
function Task({ n, api }: { n: number; api: PaidApi }) {
  const { locale } = useStoryFrame();
  const intent = useIntent({
    label: taskLabel(locale, n),
    run: ({ idempotencyKey }) => api.run(n, idempotencyKey),
  });
  const { submit } = intent;
  const [started] = useState({ done: false });
  useEffect(() => {
    // Once per row, whatever the effects do.
    if (started.done) return;
    started.done = true;
    void submit();
  }, [submit, started]);
  return (
    <li className="story-figure" data-status={intent.status} data-task={n}>
      <span className="story-caption" lang="en">
        Contract {n}: {intent.status}
      </span>
      {intent.viewModel ? <ProblemBanner onAction={intent.onAction} viewModel={intent.viewModel} /> : null}
    </li>
  );
}

function Ledger({ api, onAdminPays }: { api: PaidApi; onAdminPays: (() => void) | undefined }) {
  const { balance, price, charges, calls, trouble } = useSyncExternalStore(api.subscribe, api.getSnapshot);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="story-panel" data-ledger="" lang="en">
      <h2 id={titleId}>Simulated paid API (in memory, no network)</h2>
      <p className="story-caption">
        Balance <strong data-balance={balance.minor}>{formatMoney(balance)}</strong> · each task costs{' '}
        {formatMoney(price)} · answers refusals with <code>{api.kind}</code> ({api.mode})
        {trouble ? ` · now: ${trouble}` : ''}
      </p>
      {onAdminPays ? (
        <div className="story-row">
          <button className="tactful-button" data-story-admin-pays="" onClick={onAdminPays} type="button">
            An admin adds $10.00 elsewhere
          </button>
        </div>
      ) : null}
      <table className="story-table">
        <caption className="story-caption">Calls and charges</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Idempotency key</th>
            <th scope="col">Answer</th>
            <th scope="col">Charged</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <tr data-call-task={call.task} data-call-status={call.status} key={call.id}>
              <td>{call.task}</td>
              <td>
                <code>{call.idempotencyKey.slice(0, 8)}</code>
              </td>
              <td>{call.status}</td>
              <td>{call.status === 200 ? formatMoney(price) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="story-caption" data-charges={charges.length}>
        {charges.length} charge(s) in the ledger.
      </p>
    </section>
  );
}

/**
 * A small app whose tasks call the simulated API. The provider gets the app's balance (so messages
 * repeat the same figure), its checkout (`onRecharge`) and its own fixes for the other kinds.
 */
function Session({ args, onReset }: { args: Args; onReset: () => void }) {
  const [api] = useState(() =>
    createPaidApi({
      start: usd(Math.round(args.startBalance * 100)),
      price: usd(Math.round(args.price * 100)),
      answer: fixture(args.answer),
      troubleFrom: 3,
    }),
  );
  const [runtime] = useState<IntentRuntime>(() => createIntentRuntime({ classify }));
  useEffect(() => () => runtime.destroy(), [runtime]);
  const { balance } = useSyncExternalStore(api.subscribe, api.getSnapshot);
  const [tasks, setTasks] = useState<number[]>([]);
  const [declines] = useState({ left: args.checkout === 'succeeds' ? 0 : 1 });
  const titleId = useId();

  const onRecharge = async (request: RechargeRequest) => {
    args.onCheckout(request);
    await pause(200);
    if (declines.left > 0) {
      declines.left -= 1;
      throw classify(responseOf(fixture('stripe-402-authentication-required-decline')));
    }
    api.addFunds(request.amount);
  };
  // The app's own fix for each kind (a new card, a plan upgrade, signing in…), then the replay.
  const fixed: AppActionHandler = (intent) => {
    api.fix(usd(1_000));
    if (intent) runtime.recovered(intent.id);
    else runtime.recovered();
  };
  const actions = Object.fromEntries(
    APP_FIXES.filter((action) => !(action === 'ask_admin' && api.mode === 'money')).map((action) => [
      action,
      action === 'edit_request'
        ? (intent: Parameters<AppActionHandler>[0]) => intent && runtime.retry(intent.id)
        : fixed,
    ]),
  );
  // Someone who can pay does it elsewhere: every request waiting for funds replays, once.
  const adminPays =
    !args.canManageBilling && api.mode === 'money'
      ? () => {
          api.addFunds(usd(1_000));
          runtime.recovered((intent) => intent.state.problem?.kind === api.kind);
        }
      : undefined;

  return (
    <StoryTactful
      actions={actions}
      balance={balance}
      canManageBilling={args.canManageBilling}
      onRecharge={onRecharge}
      providerName={providerName}
      recharge={{ currency: 'USD', presets: [usd(500), usd(1_000), usd(2_500)], min: usd(100) }}
      runtime={runtime}
    >
      <div className="story-columns">
        <section aria-labelledby={titleId} className="story-panel" data-app="">
          <h2 id={titleId} lang="en">
            Contract summaries (a simulated app)
          </h2>
          <div className="story-row" lang="en">
            <button
              className="tactful-button"
              data-story-next=""
              data-variant="primary"
              onClick={() => setTasks((before) => [...before, before.length + 1])}
              type="button"
            >
              Summarize the next contract
            </button>
            <button className="tactful-button" data-story-reset="" onClick={onReset} type="button">
              Reset
            </button>
          </div>
          <ol className="story-stack story-list">
            {tasks.map((n) => (
              <Task api={api} key={n} n={n} />
            ))}
          </ol>
        </section>
        <Ledger api={api} onAdminPays={adminPays} />
      </div>
    </StoryTactful>
  );
}

function FullFlow(args: Args) {
  const [session, setSession] = useState(0);
  return (
    <Session args={args} key={`${session}:${JSON.stringify(args)}`} onReset={() => setSession(session + 1)} />
  );
}

/** The fixtures the control lists, named by provider, status and file. */
const answerLabels = Object.fromEntries(
  FIXTURE_NAMES.map((name) => {
    const { provider, status } = fixture(name);
    return [name, `${provider} ${status} · ${name}`];
  }),
);

/**
 * The whole story, in the browser, with no network: an app runs paid tasks against a simulated API
 * whose balance runs out on the third. The request is refused with a provider's real error shape
 * (choose which in the controls: OpenAI, Anthropic, DeepSeek, OpenRouter, a Stripe decline, a rate limit
 * with Retry-After, a 529 overload…), the kit classifies it, keeps the task, names it in the banner, and
 * — once the recharge dialog has added funds, or the app's own fix is made — runs it again, once. The
 * ledger shows every call and charge. **Reset** starts over.
 */
const meta = {
  title: 'Flows/Full flow',
  component: FullFlow,
  args: {
    answer: 'openai-insufficient-quota',
    canManageBilling: true,
    checkout: 'succeeds',
    startBalance: 2.5,
    price: 1,
    onCheckout: fn(),
  },
  argTypes: {
    answer: { control: { type: 'select', labels: answerLabels }, options: FIXTURE_NAMES },
    checkout: { control: 'inline-radio', options: ['succeeds', 'declined once (Stripe)'] },
    startBalance: { control: { type: 'number', min: 0, step: 0.5 } },
    price: { control: { type: 'number', min: 0.5, step: 0.5 } },
  },
  parameters: { tactful: false },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = HTMLElement;
const task = (root: Canvas, n: number) => root.querySelector<HTMLElement>(`[data-task="${n}"]`);
const statusOf = (root: Canvas, n: number) => task(root, n)?.dataset.status;
const callsFor = (root: Canvas, n: number, status?: number) =>
  root.querySelectorAll(
    `[data-call-task="${n}"]${status === undefined ? '' : `[data-call-status="${status}"]`}`,
  ).length;
const next = (root: Canvas) => root.querySelector<HTMLElement>('[data-story-next]') as HTMLElement;

/** Runs tasks until one is refused: the first two go through, the third meets the trouble. */
async function runUntilRefused(root: Canvas, click: (element: HTMLElement) => Promise<void>) {
  for (const n of [1, 2]) {
    await click(next(root));
    await waitFor(() => expect(statusOf(root, n)).toBe('succeeded'));
  }
  await click(next(root));
  await waitFor(() => expect(callsFor(root, 3)).toBe(1));
}

/** The refused task's banner names it (in the story's language) and is a sound message. */
function refusedBanner(root: Canvas, locale: string): HTMLElement {
  const banner = task(root, 3)?.querySelector<HTMLElement>('.tactful-banner');
  expect(banner).toBeTruthy();
  expectSoundBanners(task(root, 3) as HTMLElement);
  expect(banner?.textContent).toContain(taskLabel(locale, 3));
  return banner as HTMLElement;
}

/** Task 3 finished, charged exactly once; nothing else was charged twice. */
async function finishedOnce(root: Canvas) {
  await waitFor(() => expect(statusOf(root, 3)).toBe('succeeded'), { timeout: 5_000 });
  expect(callsFor(root, 3, 200)).toBe(1);
  expect(root.querySelector('[data-charges]')).toHaveAttribute('data-charges', '3');
}

const dialog = () => screen.getByRole('alertdialog');

/** OpenAI's 429 `insufficient_quota`: add funds in the dialog, and the task finishes, charged once. */
export const OutOfFunds: Story = {
  play: async ({ canvasElement, userEvent, globals, args, loaded }) => {
    const copy = loadedCopy(loaded);
    await runUntilRefused(canvasElement, (element) => userEvent.click(element));
    await waitFor(() => expect(statusOf(canvasElement, 3)).toBe('blocked'));
    const banner = refusedBanner(canvasElement, String(globals.locale ?? 'en'));
    expect(banner).toHaveAttribute('data-kind', 'insufficient_funds');
    // The balance the message gives is the app's: $0.50 left.
    expect(banner.textContent).toContain(
      new Intl.NumberFormat((loaded.i18n as { language: string }).language, {
        style: 'currency',
        currency: 'USD',
      }).format(0.5),
    );
    await userEvent.click(banner.querySelector('[data-action="add_funds"]') as HTMLElement);
    await waitFor(() => expect(dialog()).toBeVisible());
    expect(dialog().textContent).toContain(taskLabel(String(globals.locale ?? 'en'), 3));
    expect(document.activeElement).toHaveTextContent(copy('recharge.actions.not_now'));
    await userEvent.click(dialog().querySelector('button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(args.onCheckout).toHaveBeenCalledTimes(1);
    await finishedOnce(canvasElement);
    // Two calls for task 3: the refusal, then the one replay.
    expect(callsFor(canvasElement, 3)).toBe(2);
  },
};

/** The first payment is declined (Stripe's real answer): the dialog says so, and trying again works. */
export const CardDeclinedAtCheckout: Story = {
  args: { checkout: 'declined once (Stripe)' },
  play: async ({ canvasElement, userEvent, globals, args, loaded }) => {
    const copy = loadedCopy(loaded);
    await runUntilRefused(canvasElement, (element) => userEvent.click(element));
    await waitFor(() => expect(statusOf(canvasElement, 3)).toBe('blocked'));
    const banner = refusedBanner(canvasElement, String(globals.locale ?? 'en'));
    await userEvent.click(banner.querySelector('[data-action="add_funds"]') as HTMLElement);
    await waitFor(() => expect(dialog()).toBeVisible());
    await userEvent.click(dialog().querySelector('button[type="submit"]') as HTMLElement);
    await waitFor(() =>
      expect(dialog().querySelector('.tactful-recharge__failure')).toHaveAccessibleName(
        copy('recharge.declined.title'),
      ),
    );
    // Still blocked, still kept: nothing ran.
    expect(statusOf(canvasElement, 3)).toBe('blocked');
    await userEvent.click(dialog().querySelector('button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(args.onCheckout).toHaveBeenCalledTimes(2);
    await finishedOnce(canvasElement);
  },
};

/** Someone who cannot pay is asked to go to an admin; once an admin pays elsewhere, the task finishes once. */
export const CannotPay: Story = {
  args: { canManageBilling: false },
  play: async ({ canvasElement, userEvent, globals, loaded }) => {
    const copy = loadedCopy(loaded);
    await runUntilRefused(canvasElement, (element) => userEvent.click(element));
    await waitFor(() => expect(statusOf(canvasElement, 3)).toBe('blocked'));
    const banner = refusedBanner(canvasElement, String(globals.locale ?? 'en'));
    expect(banner.querySelector('[data-action="add_funds"]')).toBeNull();
    await userEvent.click(banner.querySelector('[data-action="ask_admin"]') as HTMLElement);
    await waitFor(() => expect(dialog()).toHaveAccessibleName(copy('recharge.admin.title')));
    expect(dialog().querySelector('textarea')?.value).toContain(taskLabel(String(globals.locale ?? 'en'), 3));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await userEvent.click(canvasElement.querySelector('[data-story-admin-pays]') as HTMLElement);
    await finishedOnce(canvasElement);
  },
};

/** Azure's 429 with Retry-After: 3 s: the task waits with a countdown; "Try now" runs it, once. */
export const RateLimitedWithRetryAfter: Story = {
  args: { answer: 'azure-openai-429-call-rate-3s' },
  play: async ({ canvasElement, userEvent, globals }) => {
    await runUntilRefused(canvasElement, (element) => userEvent.click(element));
    await waitFor(() => expect(statusOf(canvasElement, 3)).toBe('waiting'));
    const banner = refusedBanner(canvasElement, String(globals.locale ?? 'en'));
    expect(banner.querySelector('[role="progressbar"]')).not.toBeNull();
    await userEvent.click(banner.querySelector('.tactful-countdown button') as HTMLElement);
    await finishedOnce(canvasElement);
  },
};

/** Anthropic's 529 overload: the kit waits a moment and retries on its own; the task finishes once. */
export const Overloaded529: Story = {
  args: { answer: 'anthropic-overloaded-529' },
  play: async ({ canvasElement, userEvent }) => {
    await runUntilRefused(canvasElement, (element) => userEvent.click(element));
    await finishedOnce(canvasElement);
  },
};

/** Stripe's 402 card decline as the API's answer: "Update payment method" is the app's own fix. */
export const PaymentDeclinedByTheApi: Story = {
  args: { answer: 'stripe-402-authentication-required-decline' },
  play: async ({ canvasElement, userEvent, globals }) => {
    await runUntilRefused(canvasElement, (element) => userEvent.click(element));
    await waitFor(() => expect(statusOf(canvasElement, 3)).toBe('blocked'));
    const banner = refusedBanner(canvasElement, String(globals.locale ?? 'en'));
    expect(banner).toHaveAttribute('data-kind', 'payment_method_failed');
    await userEvent.click(banner.querySelector('[data-action="update_payment"]') as HTMLElement);
    await finishedOnce(canvasElement);
  },
};

/** The Reset button starts a fresh app, API and ledger. */
export const Replay: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(next(canvasElement));
    await waitFor(() => expect(statusOf(canvasElement, 1)).toBe('succeeded'));
    await userEvent.click(canvasElement.querySelector('[data-story-reset]') as HTMLElement);
    await waitFor(() => expect(task(canvasElement, 1)).toBeNull());
    expect(canvasElement.querySelector('[data-charges]')).toHaveAttribute('data-charges', '0');
  },
};
