import { type IntentSnapshot, type IntentViewModel, type Money, money, type Problem } from '@tactful/core';
import { createTactfulI18n } from '@tactful/i18n';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { useTranslation } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import {
  copyText,
  recordAnnouncements,
  renderWithTactful,
  tactfulI18n,
} from '../../../../test/support/render';
import { ProblemBanner } from '../banner/ProblemBanner';
import { useIntent } from '../hooks/useIntent';
import { useTactful } from './context';
import type { RechargeRequest } from './provider.types';
import { TactfulProvider } from './TactfulProvider';

const funds: Problem = {
  kind: 'insufficient_funds',
  retryable: false,
  cause: null,
  amounts: { needed: money(4, 'EUR') },
};

function Task({ run }: { run: () => Promise<string> }) {
  const intent = useIntent({ label: 'translating your slides', run });
  return (
    <div>
      <button onClick={() => void intent.submit()} type="button">
        Translate
      </button>
      <output data-testid="status">{intent.status}</output>
      {intent.viewModel ? <ProblemBanner viewModel={intent.viewModel} /> : null}
    </div>
  );
}

const status = () => screen.getByTestId('status').textContent;
/** The quota banner's name in a language: its title and its first sentence. */
const quotaName = (instance: Parameters<typeof copyText>[0]) =>
  `${copyText(instance, 'kinds.quota_exhausted.title')} ${copyText(instance, 'kinds.quota_exhausted.cause')}`;

const quota: IntentViewModel = {
  id: 'x',
  state: 'blocked',
  kind: 'quota_exhausted',
  tone: 'critical',
  toneLabel: { key: 'tones.critical' },
  politeness: 'assertive',
  title: { key: 'kinds.quota_exhausted.title' },
  body: [{ key: 'kinds.quota_exhausted.cause' }],
  actions: [],
  announcement: { key: 'kinds.quota_exhausted.cause' },
};

function AppGreeting() {
  const { t } = useTranslation('app');
  return <p>{t('hello')}</p>;
}

function Translated({ refKey }: { refKey: string }) {
  const { translate } = useTactful();
  return <p data-testid="translated">{translate?.({ key: refKey }) ?? ''}</p>;
}

describe('TactfulProvider', () => {
  it('mounts the two live regions once, also with a provider inside another', async () => {
    const inner = await tactfulI18n('es');
    await renderWithTactful(
      <TactfulProvider i18n={inner}>
        <p>App</p>
      </TactfulProvider>,
    );
    expect(document.querySelectorAll('[data-tactful-live="polite"]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-tactful-live="assertive"]')).toHaveLength(1);
    expect(document.querySelectorAll('[role="alert"]')).toHaveLength(0);
  });

  it('renders the app at once and the kit once its own copy has loaded, never a raw key', async () => {
    render(
      <TactfulProvider lng="es">
        <p>App</p>
        <ProblemBanner onAction={() => {}} viewModel={quota} />
      </TactfulProvider>,
    );
    expect(screen.getByText('App')).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.body.textContent).not.toContain('kinds.');
    const spanish = await createTactfulI18n({ lng: 'es' });
    const region = await screen.findByRole('region');
    expect(region).toHaveAccessibleName(quotaName(spanish));
    expect(region).toHaveAttribute('dir', 'ltr');
  });

  it("adds its copy to the app's own i18next, leaving the app's copy alone", async () => {
    const app = i18next.createInstance();
    await app.init({
      lng: 'en',
      resources: { en: { app: { hello: 'Hello from the app' } } },
      ns: ['app'],
      defaultNS: 'app',
    });
    render(
      <TactfulProvider i18n={app}>
        <AppGreeting />
        <ProblemBanner onAction={() => {}} viewModel={quota} />
      </TactfulProvider>,
    );
    expect(screen.getByText('Hello from the app')).toBeInTheDocument();
    const region = await screen.findByRole('region');
    expect(region).toHaveAccessibleName(quotaName(app));
    expect(copyText(app, 'kinds.quota_exhausted.title')).not.toBe('');
    expect(screen.getByText('Hello from the app')).toBeInTheDocument();
  });

  it('follows `lng` for its own instance, direction included, and `dir` when the app sets it', async () => {
    const { rerender } = render(
      <TactfulProvider lng="en">
        <ProblemBanner onAction={() => {}} viewModel={quota} />
      </TactfulProvider>,
    );
    expect(await screen.findByRole('region')).toHaveAttribute('dir', 'ltr');
    rerender(
      <TactfulProvider lng="ar">
        <ProblemBanner onAction={() => {}} viewModel={quota} />
      </TactfulProvider>,
    );
    const arabic = await tactfulI18n('ar');
    await waitFor(() => expect(screen.getByRole('region')).toHaveAccessibleName(quotaName(arabic)));
    expect(screen.getByRole('region')).toHaveAttribute('dir', 'rtl');
    rerender(
      <TactfulProvider dir="ltr" lng="ar">
        <ProblemBanner onAction={() => {}} viewModel={quota} />
      </TactfulProvider>,
    );
    expect(screen.getByRole('region')).toHaveAttribute('dir', 'ltr');
  });

  it('names the product in the copy of the instance it sets up', async () => {
    render(
      <TactfulProvider lng="en" product="Acme Notes">
        <Translated refKey="recharge.admin.message" />
      </TactfulProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('translated')).toHaveTextContent('Acme Notes'));
  });

  it("words a kind the app's way through its overrides", async () => {
    const run = async (): Promise<string> => {
      throw funds;
    };
    await renderWithTactful(<Task run={run} />, {
      overrides: { insufficient_funds: { title: { key: 'resume.title' }, tone: 'warning' } },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Translate' }));
    const region = await screen.findByRole('region');
    expect(region).toHaveAttribute('data-tone', 'warning');
    const english = await tactfulI18n('en');
    expect(region).toHaveAccessibleName(
      `${copyText(english, 'resume.title')} ${copyText(english, 'kinds.insufficient_funds.cause_intent', { intent: 'translating your slides' })}`,
    );
  });

  it('renders copy on the server from an instance made beforehand, right to left for Arabic', async () => {
    const arabic = await tactfulI18n('ar');
    const html = renderToString(
      <TactfulProvider i18n={arabic}>
        <ProblemBanner
          onAction={() => {}}
          viewModel={{
            id: 'x',
            state: 'failed',
            kind: 'unknown',
            tone: 'critical',
            toneLabel: { key: 'tones.critical' },
            politeness: 'assertive',
            title: { key: 'kinds.unknown.title' },
            body: [],
            actions: [],
            announcement: { key: 'kinds.unknown.cause' },
          }}
        />
      </TactfulProvider>,
    );
    expect(html).toContain(copyText(arabic, 'kinds.unknown.title').replace(/'/g, '&#x27;'));
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('data-tactful-live="assertive"');
  });

  it('pays through the dialog and replays every intent waiting for funds, once each', async () => {
    const calls: RechargeRequest[] = [];
    let balance = 0;
    const run = vi.fn(async () => {
      if (balance < 4) throw funds;
      return 'slides';
    });
    const { i18n } = await renderWithTactful(<Task run={run} />, {
      onRecharge: async (request) => {
        calls.push(request);
        balance += 10;
      },
      recharge: { presets: [money(10, 'EUR'), money(25, 'EUR')] },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Translate' }));
    await waitFor(() => expect(status()).toBe('blocked'));
    await userEvent.click(screen.getByRole('button', { name: copyText(i18n, 'actions.add_funds') }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('translating your slides');
    // Focus starts on the least destructive choice.
    expect(
      within(dialog).getByRole('button', { name: copyText(i18n, 'recharge.actions.not_now') }),
    ).toHaveFocus();
    await userEvent.click(
      within(dialog).getByRole('button', { name: copyText(i18n, 'recharge.actions.submit') }),
    );
    await waitFor(() => expect(status()).toBe('succeeded'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.amount).toEqual(money(10, 'EUR'));
    expect(calls[0]?.intent?.label).toBe('translating your slides');
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('leaves the intent waiting for a person when the dialog closes without paying', async () => {
    const onRecharge = vi.fn(async () => {});
    const run = vi.fn(async (): Promise<string> => {
      throw funds;
    });
    const { i18n } = await renderWithTactful(<Task run={run} />, { onRecharge });
    const announcements = recordAnnouncements();
    await userEvent.click(screen.getByRole('button', { name: 'Translate' }));
    await waitFor(() => expect(status()).toBe('blocked'));
    const addFunds = screen.getByRole('button', { name: copyText(i18n, 'actions.add_funds') });
    await userEvent.click(addFunds);
    await userEvent.click(
      await screen.findByRole('button', { name: copyText(i18n, 'recharge.actions.not_now') }),
    );
    expect(status()).toBe('blocked');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onRecharge).not.toHaveBeenCalled();
    expect(run).toHaveBeenCalledTimes(1);
    // Focus is back on the button that opened the dialog.
    await waitFor(() => expect(addFunds).toHaveFocus());
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The problem was said once; opening and closing the dialog added nothing to it.
    expect(announcements.said.filter((said) => said.politeness === 'assertive')).toHaveLength(1);
  });

  it('is recovering while the checkout runs, and back to waiting for a person when the card is declined', async () => {
    let decline!: (reason: unknown) => void;
    const onRecharge = vi.fn(
      () =>
        new Promise((_, reject) => {
          decline = reject;
        }),
    );
    const run = vi.fn(async (): Promise<string> => {
      throw funds;
    });
    const { i18n } = await renderWithTactful(<Task run={run} />, {
      onRecharge,
      recharge: { presets: [money(10, 'EUR')] },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Translate' }));
    await waitFor(() => expect(status()).toBe('blocked'));
    await userEvent.click(screen.getByRole('button', { name: copyText(i18n, 'actions.add_funds') }));
    await userEvent.click(
      await screen.findByRole('button', { name: copyText(i18n, 'recharge.actions.submit') }),
    );
    expect(status()).toBe('recovering');
    decline({ kind: 'payment_method_failed', retryable: false, cause: null, code: 'card_declined' });
    await waitFor(() => expect(status()).toBe('blocked'));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(copyText(i18n, 'recharge.declined.title'));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("turns 'Ask an admin' into the dialog's message for an admin when the user cannot pay", async () => {
    const run = async (): Promise<string> => {
      throw funds;
    };
    const { i18n } = await renderWithTactful(<Task run={run} />, { canManageBilling: false });
    await userEvent.click(screen.getByRole('button', { name: 'Translate' }));
    await waitFor(() => expect(status()).toBe('blocked'));
    await userEvent.click(screen.getByRole('button', { name: copyText(i18n, 'actions.ask_admin') }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveAccessibleName(copyText(i18n, 'recharge.admin.title'));
    // Asking is not a fix under way: the intent still waits for a person.
    expect(status()).toBe('blocked');
  });

  it("portals its recharge dialog into `recharge.container`, so it wears the app's theme there", async () => {
    const themed = document.body.appendChild(document.createElement('div'));
    themed.dataset.theme = 'dark';
    try {
      const run = async (): Promise<string> => {
        throw funds;
      };
      const { i18n } = await renderWithTactful(<Task run={run} />, {
        onRecharge: async () => {},
        recharge: { container: themed, presets: [money(10, 'EUR')] },
      });
      await userEvent.click(screen.getByRole('button', { name: 'Translate' }));
      await waitFor(() => expect(status()).toBe('blocked'));
      await userEvent.click(screen.getByRole('button', { name: copyText(i18n, 'actions.add_funds') }));
      const dialog = await screen.findByRole('alertdialog');
      expect(themed).toContainElement(dialog);
      expect(dialog.closest('[data-theme]')).toBe(themed);
    } finally {
      themed.remove();
    }
  });

  it('takes a balance the app may not have read yet, and words the message with it once it has', async () => {
    const instance = await tactfulI18n('en');
    const run = async (): Promise<string> => {
      throw funds;
    };
    // As an app forwards its own state: possibly undefined, passed as it is.
    const page = (balance: Money | undefined) => (
      <TactfulProvider balance={balance} i18n={instance}>
        <Task run={run} />
      </TactfulProvider>
    );
    const { rerender } = render(page(undefined));
    await userEvent.click(screen.getByRole('button', { name: 'Translate' }));
    await waitFor(() => expect(status()).toBe('blocked'));
    const euros = (amount: number) =>
      new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(amount);
    const banner = screen.getByRole('region');
    expect(banner).toHaveTextContent(euros(4));
    expect(banner).not.toHaveTextContent(euros(1));
    rerender(page(money(1, 'EUR')));
    expect(screen.getByRole('region')).toHaveTextContent(euros(1));
  });

  it("uses the app's runtime when given one", async () => {
    const { createIntentRuntime } = await import('@tactful/core');
    const runtime = createIntentRuntime({ classify: () => funds });
    await renderWithTactful(<Task run={async () => Promise.reject(new Error('x'))} />, { runtime });
    await userEvent.click(screen.getByRole('button', { name: 'Translate' }));
    await waitFor(() => expect(status()).toBe('blocked'));
    const held: readonly IntentSnapshot[] = runtime.getSnapshot();
    expect(held.map((intent) => intent.state.status)).toEqual(['blocked']);
    runtime.destroy();
  });
});
