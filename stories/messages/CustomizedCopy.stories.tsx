import type { Meta, StoryObj } from '@storybook/react-vite';
import { type KindOverride, type ProblemKind, providerName } from '@tactful/core';
import { createTactfulI18n, type TactfulResource } from '@tactful/i18n';
import { ProblemBanner, TactfulProvider, useProblem } from '@tactful/react';
import type { i18n as I18n } from 'i18next';
import { expect } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { fixture, responseOf } from '../support/fixtures';
import { useStoryFrame } from '../support/frame';
import { intentLabel } from '../support/labels';

/**
 * An app's copy, merged key by key over the shipped copy (the README's example): its word for money,
 * its own sentence for one kind, and a key of its own for a kind it words differently. English entries
 * also fill the languages that lack them, so an app key never shows raw.
 */
export const APP_COPY: Readonly<Record<string, TactfulResource>> = {
  en: {
    terms: { money: 'credits', balance: 'credit balance' },
    kinds: { insufficient_funds: { next: "Buy credits and we'll pick up right where you left off." } },
    acme: { team_allowance: { title: "Your team's allowance is used up" } },
  },
  es: {
    terms: { money: 'créditos', balance: 'saldo de créditos' },
    kinds: { insufficient_funds: { next: 'Compra créditos y seguiremos justo donde lo dejaste.' } },
    acme: { team_allowance: { title: 'Tu equipo agotó su asignación' } },
  },
};

/** The app's changes to what the view model says, per kind: here, its own title for the plan limit. */
export const APP_OVERRIDES: Partial<Record<ProblemKind, KindOverride>> = {
  quota_exhausted: { title: { key: 'acme.team_allowance.title' } },
};

/** One instance per language with the app's copy, as an app creates it before rendering. */
const instances = new Map<string, Promise<I18n>>();
const appI18n = (lng: string) => {
  let instance = instances.get(lng);
  if (!instance) {
    instance = createTactfulI18n({ lng, product: 'Acme', resources: APP_COPY });
    instances.set(lng, instance);
  }
  return instance;
};

interface Args {
  /** The real provider response the app got. */
  readonly response: string;
}

function AppMessage({ response, i18n }: Args & { readonly i18n: I18n }) {
  const { locale, dir } = useStoryFrame();
  return (
    <TactfulProvider
      balance={{ minor: 0, currency: 'USD' }}
      dir={dir}
      i18n={i18n}
      overrides={APP_OVERRIDES}
      providerName={providerName}
      rechargeUrl="/billing/credits"
    >
      <Message label={intentLabel(locale, 'short')} response={response} />
    </TactfulProvider>
  );
}

function Message({ response, label }: Args & { readonly label: string }) {
  const message = useProblem(responseOf(fixture(response)), { label });
  return message ? <ProblemBanner onAction={message.onAction} viewModel={message.viewModel} /> : null;
}

/**
 * Apps change any word: `createTactfulI18n({ resources })` merges their copy over the kit's (here,
 * "credits" for money, the product named Acme, an own next step), and the provider's `overrides` point a
 * kind at the app's own keys. See **Docs/Customizing copy**.
 */
const meta = {
  title: 'Messages/Customized copy',
  // Data the docs page shows, not stories.
  excludeStories: ['APP_COPY', 'APP_OVERRIDES'],
  args: { response: 'openai-insufficient-quota' },
  argTypes: {
    response: {
      control: 'select',
      options: [
        'openai-insufficient-quota',
        'anthropic-extra-usage-exhausted',
        'deepseek-insufficient-balance',
      ],
    },
  },
  loaders: [async ({ globals }) => ({ appI18n: await appI18n(String(globals.locale ?? 'en')) })],
  parameters: { tactful: false },
  render: (args, { loaded }) => <AppMessage {...args} i18n={loaded.appI18n as I18n} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Buy credits…": the app's word for money and its own next step, in English and Spanish. */
export const AppTerms: Story = {
  play: async ({ canvasElement, globals }) => {
    const [banner] = expectSoundBanners(canvasElement);
    const locale = String(globals.locale ?? 'en');
    const own = APP_COPY[locale]?.kinds;
    if (own && typeof own === 'object') {
      const next = (own as { insufficient_funds: { next: string } }).insufficient_funds.next;
      expect(banner?.textContent).toContain(next);
    }
  },
};

/** The plan limit with the app's own title key, which English fills where a language lacks it. */
export const AppKeyForAKind: Story = {
  args: { response: 'anthropic-extra-usage-exhausted' },
  play: async ({ canvasElement, loaded }) => {
    const [banner] = expectSoundBanners(canvasElement);
    const title = (loaded.appI18n as I18n).t('acme.team_allowance.title', { ns: 'tactful' });
    expect(title).not.toBe('acme.team_allowance.title');
    expect(banner?.querySelector('.tactful-banner__title')).toHaveTextContent(title);
  },
};
