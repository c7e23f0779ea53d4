import {
  type ActionId,
  deriveViewModel,
  type IntentViewModel,
  kindGroup,
  type Money,
  type Problem,
  type ProblemKind,
  providerName,
  type ViewModelContext,
} from '@tactful/core';
import { ProblemBanner } from '@tactful/react';
import { type ReactNode, useState } from 'react';
import { useStoryFrame } from './frame';
import { fallbackLabel, intentLabel, type LabelLength } from './labels';
import { type Reached, reach, STATES, type StoryState } from './machine';
import { ALL_KINDS, exampleProblem } from './problems';

/** The controls every message story shares. */
export interface MessageArgs {
  /** The person who hit the problem may pay and change billing; if not, they are offered to ask an admin. */
  readonly canManageBilling: boolean;
  /** What the user was doing, as the app labels it in the toolbar's language. */
  readonly label: LabelLength;
  /** Messages may name the service ("OpenAI") when the app maps provider ids to names. */
  readonly nameProvider: boolean;
  /** The app offers an alternative ("the basic model") for this kind. */
  readonly offerFallback: boolean;
  /** The balance the app shows elsewhere, which billing messages then repeat. */
  readonly appBalance: 'none' | 'empty' | 'some';
  readonly onAction: (action: ActionId) => void;
}

export const APP_BALANCES: Readonly<Record<MessageArgs['appBalance'], Money | undefined>> = {
  none: undefined,
  empty: { minor: 0, currency: 'USD' },
  some: { minor: 40, currency: 'USD' },
};

export const messageArgTypes = {
  canManageBilling: { control: 'boolean' },
  label: { control: 'inline-radio', options: ['short', 'long', 'none'] },
  nameProvider: { control: 'boolean' },
  offerFallback: { control: 'boolean' },
  appBalance: { control: 'inline-radio', options: ['none', 'empty', 'some'] },
} as const;

export const defaultMessageArgs = {
  canManageBilling: true,
  label: 'short',
  nameProvider: true,
  offerFallback: false,
  appBalance: 'none',
} as const satisfies Omit<MessageArgs, 'onAction'>;

/** The view model's context for the story's args, as the provider would build it. */
export function viewModelContext(args: Omit<MessageArgs, 'onAction'>, now: number): ViewModelContext {
  return {
    now,
    canManageBilling: args.canManageBilling,
    balance: APP_BALANCES[args.appBalance],
    ...(args.nameProvider && { providerName }),
  };
}

/** Story furniture in English for developers, kept apart from the kit's translated UI. */
export function Caption({ children }: { children: ReactNode }) {
  return (
    <figcaption className="story-caption" dir="ltr" lang="en">
      {children}
    </figcaption>
  );
}

interface Cell {
  readonly kind: ProblemKind;
  readonly state: StoryState;
  readonly reached: Reached;
  readonly from: string;
  readonly problem: Problem;
}

/** Every (kind, state) the machine reaches, for the kinds and states asked for. */
function cells(
  kinds: readonly ProblemKind[],
  states: readonly StoryState[],
  args: Omit<MessageArgs, 'onAction'>,
  locale: string,
  now: number,
): Cell[] {
  const label = intentLabel(locale, args.label);
  const fallback = args.offerFallback ? fallbackLabel(locale) : undefined;
  return kinds.flatMap((kind) => {
    const { problem, from } = exampleProblem(kind);
    return states.flatMap((state) => {
      const reached = reach(state, problem, {
        now,
        label,
        // Degraded means running on the fallback, so it always has one.
        fallbackLabel: state === 'degraded' ? (fallback ?? fallbackLabel(locale)) : fallback,
      });
      return reached ? [{ kind, state, reached, from, problem }] : [];
    });
  });
}

function Message({
  viewModel,
  onAction,
  caption,
}: {
  viewModel: IntentViewModel;
  onAction: (action: ActionId) => void;
  caption: ReactNode;
}) {
  return (
    <figure className="story-figure" data-message={`${viewModel.kind ?? 'none'}:${viewModel.state}`}>
      <Caption>{caption}</Caption>
      <ProblemBanner onAction={onAction} viewModel={viewModel} />
    </figure>
  );
}

/** The moment the story mounted: waits count from it, so countdowns run live. */
const useMountTime = () => useState(Date.now)[0];

/**
 * One kind through every state the intent machine puts it in, one state at a time as a single request
 * shows it (a page never holds two banners for one request). The buttons above step through them.
 */
export function KindJourney({
  kind,
  state: initial,
  ...args
}: MessageArgs & { readonly kind: ProblemKind; readonly state?: StoryState | undefined }) {
  const { locale } = useStoryFrame();
  const now = useMountTime();
  const context = viewModelContext(args, now);
  const found = cells([kind], STATES, args, locale, now);
  const missing = STATES.filter((state) => !found.some((cell) => cell.state === state));
  const [chosen, choose] = useState<StoryState | undefined>(initial);
  const shown =
    found.find((cell) => cell.state === chosen) ??
    found.find((cell) => cell.reached.snapshot.state.problem && cell.state !== 'resuming') ??
    found[0];
  return (
    <div className="story-stack" data-kind-journey={kind}>
      <p className="story-caption" dir="ltr" lang="en">
        <code>{kind}</code> ({kindGroup(kind)}), classified from {exampleProblem(kind).from}.{' '}
        {missing.length
          ? `The intent machine never puts it in: ${missing.join(', ')}.`
          : 'The intent machine puts it in every state.'}
      </p>
      <fieldset className="story-row story-fieldset" dir="ltr" lang="en">
        <legend className="story-caption">State of the request</legend>
        {found.map(({ state }) => (
          <button
            aria-pressed={state === shown?.state}
            className="tactful-button"
            data-story-state={state}
            key={state}
            onClick={() => choose(state)}
            type="button"
          >
            {state}
          </button>
        ))}
      </fieldset>
      {shown ? (
        <Message
          caption={
            <>
              <code>{shown.state}</code> · {shown.reached.path.join(' → ')}
            </>
          }
          key={shown.state}
          onAction={args.onAction}
          viewModel={deriveViewModel(shown.reached.snapshot, context)}
        />
      ) : null}
    </div>
  );
}

/**
 * Every kind the machine puts in one state. Kinds whose message is word for word the same in this
 * state (a checkout under way reads the same whatever ran out) are shown once, with their kinds listed.
 */
export function StateGallery({ state, ...args }: MessageArgs & { readonly state: StoryState }) {
  const { locale } = useStoryFrame();
  const now = useMountTime();
  const context = viewModelContext(args, now);
  const groups = new Map<string, { viewModel: IntentViewModel; kinds: ProblemKind[]; path: string }>();
  for (const cell of cells(ALL_KINDS, [state], args, locale, now)) {
    const viewModel = deriveViewModel(cell.reached.snapshot, context);
    const { title, body, actions, tone } = viewModel;
    const key = JSON.stringify({ title, body, actions, tone });
    const group = groups.get(key);
    if (group) group.kinds.push(cell.kind);
    else groups.set(key, { viewModel, kinds: [cell.kind], path: cell.reached.path.join(' → ') });
  }
  const shown = [...groups.values()];
  const reachedKinds = shown.flatMap((group) => group.kinds);
  const never = ALL_KINDS.filter((kind) => !reachedKinds.includes(kind));
  return (
    <div className="story-stack" data-state-gallery={state}>
      <p className="story-caption" dir="ltr" lang="en">
        <code>{state}</code>: {reachedKinds.length} of {ALL_KINDS.length} kinds reach it
        {never.length ? ` (never: ${never.join(', ')})` : ''}.
      </p>
      {shown.map(({ viewModel, kinds, path }) => (
        <Message
          caption={
            <>
              {kinds.map((kind, index) => (
                <span key={kind}>
                  {index ? ', ' : ''}
                  <code>{kind}</code>
                </span>
              ))}{' '}
              · {path}
            </>
          }
          key={kinds.join()}
          onAction={args.onAction}
          viewModel={viewModel}
        />
      ))}
    </div>
  );
}

/** One request meeting `problem`, brought to `state` by the real machine and rendered as its banner. */
export function OneMessage({
  problem,
  state,
  from,
  fallback,
  ...args
}: MessageArgs & {
  readonly problem: Problem;
  readonly state: StoryState;
  /** Where the problem comes from, for the caption. */
  readonly from: string;
  /** The app's alternative; the story's language's "the basic model" when `offerFallback` is on. */
  readonly fallback?: string;
}) {
  const { locale } = useStoryFrame();
  const now = useMountTime();
  const offered =
    fallback ?? (args.offerFallback || state === 'degraded' ? fallbackLabel(locale) : undefined);
  const reached = reach(state, problem, {
    now,
    label: intentLabel(locale, args.label),
    fallbackLabel: offered,
  });
  if (!reached) {
    return (
      <p className="story-caption" dir="ltr" lang="en">
        The intent machine never puts <code>{problem.kind}</code> in <code>{state}</code>.
      </p>
    );
  }
  return (
    <Message
      caption={
        <>
          <code>{problem.kind}</code> · <code>{state}</code> · {from}
        </>
      }
      onAction={args.onAction}
      viewModel={deriveViewModel(reached.snapshot, viewModelContext(args, now))}
    />
  );
}
