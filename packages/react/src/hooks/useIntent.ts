import {
  type ActionId,
  announcementSentences,
  deriveViewModel,
  fallbackByKind,
  type IntentFallback,
  type IntentOutcome,
  type IntentSnapshot,
  type IntentSpec,
  type IntentStatus,
  type IntentViewModel,
  type PendingIntent,
  type Problem,
  withActions,
} from '@tactful/core';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTactful } from '../provider/context';
import type { TactfulContextValue } from '../provider/provider.types';
import { loadRechargeHost } from '../provider/recharge-loader';
import { useAnnouncement } from './useAnnouncement';
import { useSecondTick } from './useSecondTick';

/** An intent as `useIntent` takes it: the spec of `@tactful/core`, with the input given to `submit`. */
export type UseIntentSpec<Input, Output> = Omit<IntentSpec<Input, Output>, 'id' | 'idempotencyKey'>;

export interface IntentActions {
  /** Skip the wait, or try again after a failure. */
  readonly retryNow: () => void;
  readonly useFallback: () => void;
  /** The app's own fix is under way (its checkout opened). */
  readonly recover: () => void;
  /** The app's own fix did not happen (its checkout closed without paying). */
  readonly recoveryFailed: () => void;
  /** The fix happened: the intent runs again, once. */
  readonly recovered: () => void;
  readonly cancel: () => void;
  readonly discard: () => void;
  /** Forget an intent that has ended. */
  readonly dismiss: () => void;
  /** Opens the page's recharge flow for this intent. */
  readonly addFunds: () => void;
  /** Any view-model action, taken as the banner takes it. */
  readonly perform: (action: ActionId) => void;
}

export interface UseIntentResult<Input, Output> {
  /** Starts the request; settles once, when the intent ends (it never rejects). */
  readonly submit: (input?: Input) => Promise<IntentOutcome<Output>>;
  /** Takes back an intent stored by an earlier page and runs it again. */
  readonly resume: (pending: PendingIntent, input?: Input) => Promise<IntentOutcome<Output>>;
  readonly snapshot: IntentSnapshot | undefined;
  readonly status: IntentStatus;
  readonly problem: Problem | undefined;
  /**
   * What to show, once the intent has met a problem (and until it is dismissed or discarded);
   * undefined while all goes well. Only actions this page can take are in it.
   */
  readonly viewModel: IntentViewModel | undefined;
  readonly actions: IntentActions;
  /** For `<ProblemBanner {...intent} />`. */
  readonly onAction: (action: ActionId) => void;
}

const EMPTY: readonly IntentSnapshot[] = [];

function viewModelOf(
  snapshot: IntentSnapshot | undefined,
  tactful: TactfulContextValue,
  ownFallback: boolean,
): IntentViewModel | undefined {
  const problem = snapshot?.state.problem;
  if (!snapshot || !problem || snapshot.state.status === 'discarded') return undefined;
  const { fallbacks, canManageBilling, balance, overrides, providerName } = tactful;
  // A page-wide fallback is named for the problem at hand.
  const fallbackLabel = ownFallback ? snapshot.fallbackLabel : fallbacks?.[problem.kind]?.label;
  const viewModel = deriveViewModel(
    { ...snapshot, fallbackLabel },
    { now: Date.now(), canManageBilling, balance, overrides, providerName },
  );
  return withActions(viewModel, (action) => tactful.canPerform(action, viewModel.kind, snapshot.id));
}

/**
 * One request the user made, kept until it succeeds or they let it go: submit it, and get its state,
 * what to show (classified, with only the actions this page can take) and the actions. Problems are
 * announced through the provider's live regions once per state — a wait when it starts, a retry when
 * it runs — and never once a second.
 */
export function useIntent<Input = void, Output = unknown>(
  spec: UseIntentSpec<Input, Output>,
): UseIntentResult<Input, Output> {
  const tactful = useTactful();
  const { runtime } = tactful;
  const latest = useRef(spec);
  latest.current = spec;
  const [id, setId] = useState<string>();
  const current = useRef<string>(undefined);

  const snapshots = useSyncExternalStore(runtime.subscribe, runtime.getSnapshot, () => EMPTY);
  const snapshot = id === undefined ? undefined : snapshots.find((intent) => intent.id === id);
  const { state } = snapshot ?? {};
  useSecondTick(state?.status === 'waiting' ? state.retryAt : undefined);
  const viewModel = viewModelOf(snapshot, tactful, !!spec.fallback);

  const texts = viewModel && tactful.translate ? announcementSentences(viewModel).map(tactful.translate) : [];
  // A run the user started themselves (try again, resume, the alternative) or one that follows a
  // recharge (the dialog says so) goes unannounced; a retry the kit started on its own is said.
  const quiet = state && 'reason' in state && state.reason !== 'automatic' && state.reason !== 'online';
  useAnnouncement(
    tactful.announce,
    viewModel && !quiet ? `${viewModel.id}:${viewModel.state}:${state?.attempt}` : undefined,
    texts.filter(Boolean).join(' '),
    viewModel?.politeness ?? 'polite',
  );

  const start = useCallback(
    (
      input: Input | undefined,
      begin: (spec: IntentSpec<Input, Output>) => { id: string; done: Promise<IntentOutcome<Output>> },
    ) => {
      const own = latest.current;
      let started: string | undefined;
      const kindNow = () => (started === undefined ? undefined : runtime.get(started)?.state.problem?.kind);
      const fallback = own.fallback ?? (tactful.fallbacks && fallbackByKind(tactful.fallbacks, kindNow));
      const handle = begin({
        ...own,
        ...(input !== undefined && { input }),
        // The latest `run` each time, so a replay uses what the page has now (a fresh token, say).
        run: (context) => latest.current.run(context),
        ...(fallback && { fallback: fallback as IntentFallback<Input, Output> }),
      });
      started = handle.id;
      // The one before is let go of if it has ended; one still alive stays held until it ends.
      if (current.current !== undefined && current.current !== started) runtime.dismiss(current.current);
      current.current = started;
      setId(started);
      return handle.done;
    },
    [runtime, tactful.fallbacks],
  );

  const submit = useCallback(
    (input?: Input) => start(input, (full) => runtime.submit(full)),
    [start, runtime],
  );
  const resume = useCallback(
    (pending: PendingIntent, input?: Input) =>
      start(input, (full) => {
        const handle = runtime.restore(pending, full);
        runtime.retry(handle.id);
        return handle;
      }),
    [start, runtime],
  );

  const offersFunds = viewModel?.actions.some(({ id }) => id === 'add_funds' || id === 'ask_admin');
  useEffect(() => {
    // Ready before the user reaches for it; a load that fails now is tried again when they do.
    if (offersFunds) loadRechargeHost().catch(() => {});
  }, [offersFunds]);

  const kind = viewModel?.kind;
  const { perform } = tactful;
  const actions = useMemo<IntentActions>(() => {
    const run = (action: ActionId) => () => id !== undefined && perform(action, id, kind);
    const with_ = (call: (intentId: string) => void) => () => id !== undefined && call(id);
    return {
      retryNow: run('retry_now'),
      useFallback: run('use_fallback'),
      recover: with_(runtime.startRecovery),
      recoveryFailed: with_(runtime.recoveryFailed),
      recovered: with_(runtime.recovered),
      cancel: run('cancel'),
      discard: run('discard'),
      dismiss: run('dismiss'),
      addFunds: run('add_funds'),
      perform: (action) => perform(action, id, kind),
    };
  }, [id, kind, perform, runtime]);

  return {
    submit,
    resume,
    snapshot,
    status: state?.status ?? 'idle',
    problem: state?.problem,
    viewModel,
    actions,
    onAction: actions.perform,
  };
}
