import {
  type ActionId,
  deriveProblemViewModel,
  type IntentLabel,
  type IntentViewModel,
  type Problem,
  withActions,
} from '@tactful/core';
import { useCallback, useMemo, useRef } from 'react';
import { useTactful } from '../provider/context';
import { useAnnouncement } from './useAnnouncement';

export interface UseProblemOptions {
  /** What the user was doing, so the message can name it. */
  readonly label?: IntentLabel | undefined;
  /** Offer "Try again", running this. */
  readonly onRetry?: (() => void) | undefined;
  /** Offer a dismiss button, running this. */
  readonly onDismiss?: (() => void) | undefined;
}

export interface ProblemMessage {
  readonly problem: Problem;
  readonly viewModel: IntentViewModel;
  /** For `<ProblemBanner {...message} />`. */
  readonly onAction: (action: ActionId) => void;
}

const DISMISS = { id: 'dismiss', label: { key: 'actions.dismiss' }, primary: false } as const;

/**
 * A message for an error the app already has (from its data library, say), without an intent to
 * replay: classified, worded like the kit's other messages, with the actions the page can take
 * (the app's "Try again" and dismiss when it gives them). Undefined when there is no error, or the
 * request was stopped on purpose. Announced once per error.
 */
export function useProblem(error: unknown, options: UseProblemOptions = {}): ProblemMessage | undefined {
  const tactful = useTactful();
  const { label, onRetry, onDismiss } = options;
  const { canManageBilling, balance, overrides, providerName, canPerform, perform } = tactful;
  const problem = useMemo(
    () => (error == null ? undefined : tactful.classify(error)),
    [error, tactful.classify],
  );
  const viewModel = useMemo(() => {
    const derived =
      problem &&
      deriveProblemViewModel(problem, label, { now: 0, canManageBilling, balance, overrides, providerName });
    return (
      derived &&
      withActions(
        derived,
        (action) => (action === 'try_again' ? !!onRetry : canPerform(action, derived.kind, undefined)),
        onDismiss ? [DISMISS] : [],
      )
    );
  }, [problem, label, onRetry, onDismiss, canManageBilling, balance, overrides, providerName, canPerform]);

  const onAction = useCallback(
    (action: ActionId) =>
      action === 'try_again'
        ? onRetry?.()
        : action === 'dismiss'
          ? onDismiss?.()
          : perform(action, undefined, problem?.kind),
    [onRetry, onDismiss, perform, problem],
  );

  const serial = useRef(0);
  const key = useMemo(() => problem && `problem:${++serial.current}`, [problem]);
  const text = viewModel && tactful.translate?.(viewModel.announcement);
  useAnnouncement(tactful.announce, key, text, viewModel?.politeness ?? 'polite');

  return problem && viewModel ? { problem, viewModel, onAction } : undefined;
}
