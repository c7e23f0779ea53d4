import type { Meta, StoryObj } from '@storybook/react-vite';
import type { i18n as I18n } from 'i18next';
import { expect, fn } from 'storybook/test';
import { expectSoundBanners } from '../support/checks';
import { defaultMessageArgs, type MessageArgs, messageArgTypes, OneMessage } from '../support/gallery';
import { STATES, type StoryState } from '../support/machine';
import { exampleProblem, ownApiProblem } from '../support/problems';

type Args = MessageArgs & { readonly source: Source; readonly state: StoryState };

/** Where the problem comes from: a real provider response, or the app's own API stating the figures. */
const SOURCES = {
  'OpenAI insufficient_quota (no figures)': () => exampleProblem('insufficient_funds'),
  'Own API: balance $0.40, request costs $1.50': () => ({
    problem: ownApiProblem('Your balance is $0.40 but this request costs $1.50.'),
    from: 'the app’s own API: "Your balance is $0.40 but this request costs $1.50."',
  }),
  'Own API: request costs $1.50': () => ({
    problem: ownApiProblem('This request costs $1.50.'),
    from: 'the app’s own API: "This request costs $1.50."',
  }),
  'Anthropic 529 overloaded': () => exampleProblem('overloaded'),
  'Anthropic extra usage exhausted': () => exampleProblem('quota_exhausted'),
} as const;
type Source = keyof typeof SOURCES;

function Variant({ source, state, ...args }: Args) {
  const { problem, from } = SOURCES[source]();
  return (
    <div className="story-stack">
      <OneMessage {...args} from={from} problem={problem} state={state} />
    </div>
  );
}

/** Formats money as i18next's currency formatter does for the story's language. */
const money = (i18n: I18n, minor: number) =>
  new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'USD' }).format(minor / 100);
const bodyText = (root: HTMLElement) => root.querySelector('.tactful-banner__body')?.textContent ?? '';

/**
 * One message in the situations that change its words: who reads it, whether figures are known and
 * where from, how long the app's label is, whether the service is named and an alternative offered.
 * Every control applies; each story sets the ones it is about.
 */
const meta = {
  title: 'Messages/Variants',
  component: Variant,
  args: {
    ...defaultMessageArgs,
    source: 'OpenAI insufficient_quota (no figures)',
    state: 'blocked',
    onAction: fn(),
  },
  argTypes: {
    ...messageArgTypes,
    source: { control: 'select', options: Object.keys(SOURCES) },
    state: { control: 'select', options: STATES },
  },
  play: async ({ canvasElement }) => {
    expectSoundBanners(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A user who can pay: "Add funds" is the way back. */
export const CanPay: Story = {
  play: async ({ canvasElement }) => {
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner?.querySelector('[data-variant="primary"]')).toHaveAttribute('data-action', 'add_funds');
  },
};

/** A user who cannot: they are asked to go to someone who manages billing, and their request is kept. */
export const CannotPay: Story = {
  args: { canManageBilling: false },
  play: async ({ canvasElement }) => {
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner?.querySelector('[data-variant="primary"]')).toHaveAttribute('data-action', 'ask_admin');
    expect(banner?.querySelector('[data-action="add_funds"]')).toBeNull();
  },
};

/** Nothing is known about money: no figures, and none invented. */
export const WithoutAmounts: Story = {
  play: async ({ canvasElement }) => {
    expectSoundBanners(canvasElement);
    // What happened, and the way back: no sentence of figures between them.
    expect(canvasElement.querySelectorAll('.tactful-banner__body > p')).toHaveLength(2);
  },
};

/** The balance the app shows elsewhere is repeated, in the same format. */
export const WithAppBalance: Story = {
  args: { appBalance: 'some' },
  play: async ({ canvasElement, loaded }) => {
    expectSoundBanners(canvasElement);
    expect(canvasElement.querySelectorAll('.tactful-banner__body > p')).toHaveLength(3);
    expect(bodyText(canvasElement)).toContain(money(loaded.i18n as I18n, 40));
  },
};

/** The app's own API stated what the account holds and what the request costs. */
export const WithBalanceAndCost: Story = {
  args: { source: 'Own API: balance $0.40, request costs $1.50' },
  play: async ({ canvasElement, loaded }) => {
    expectSoundBanners(canvasElement);
    const text = bodyText(canvasElement);
    expect(text).toContain(money(loaded.i18n as I18n, 40));
    expect(text).toContain(money(loaded.i18n as I18n, 150));
  },
};

/** Only the cost is known. */
export const WithCostOnly: Story = {
  args: { source: 'Own API: request costs $1.50' },
  play: async ({ canvasElement, loaded }) => {
    expectSoundBanners(canvasElement);
    expect(bodyText(canvasElement)).toContain(money(loaded.i18n as I18n, 150));
  },
};

/**
 * The API said $0.40, but the app shows an empty balance: the message uses the app's figure, so the
 * page never contradicts itself.
 */
export const AppBalanceWins: Story = {
  args: { source: 'Own API: balance $0.40, request costs $1.50', appBalance: 'empty' },
  play: async ({ canvasElement, loaded }) => {
    expectSoundBanners(canvasElement);
    const text = bodyText(canvasElement);
    expect(text).toContain(money(loaded.i18n as I18n, 0));
    expect(text).not.toContain(money(loaded.i18n as I18n, 40));
  },
};

/** A label far longer than any app should write, in a narrow column: everything wraps, nothing is clipped. */
export const LongLabel: Story = {
  args: { label: 'long', appBalance: 'some', offerFallback: true },
  decorators: [
    (Story) => (
      <div className="story-narrow">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const [banner] = expectSoundBanners(canvasElement);
    // Nothing overflows the column.
    expect(banner?.scrollWidth).toBeLessThanOrEqual((banner?.clientWidth ?? 0) + 1);
  },
};

/** The app gave no label: the message does not name the task, and reads whole. */
export const WithoutLabel: Story = { args: { label: 'none' } };

/** The app maps provider ids to names: "OpenAI" appears in the message. */
export const ServiceNamed: Story = {
  play: async ({ canvasElement }) => {
    expectSoundBanners(canvasElement);
    expect(bodyText(canvasElement)).toContain('OpenAI');
  },
};

/** Without a mapping the message speaks of "the service". */
export const ServiceUnnamed: Story = {
  args: { nameProvider: false },
  play: async ({ canvasElement }) => {
    expectSoundBanners(canvasElement);
    expect(bodyText(canvasElement)).not.toContain('OpenAI');
  },
};

/** Waiting out an overload, with the app's alternative offered. */
export const FallbackWhileWaiting: Story = {
  args: { source: 'Anthropic 529 overloaded', state: 'waiting', offerFallback: true },
  play: async ({ canvasElement }) => {
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner?.querySelector('[data-action="use_fallback"]')).not.toBeNull();
  },
};

/** A plan limit, with the alternative offered beside the upgrade. */
export const FallbackWhileBlocked: Story = {
  args: { source: 'Anthropic extra usage exhausted', offerFallback: true },
  play: async ({ canvasElement }) => {
    const [banner] = expectSoundBanners(canvasElement);
    expect(banner?.querySelector('[data-variant="primary"]')).toHaveAttribute('data-action', 'upgrade_plan');
    expect(banner?.querySelector('[data-action="use_fallback"]')).not.toBeNull();
  },
};
