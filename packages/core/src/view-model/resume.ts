import type { Tone } from '../copy/keys';
import type { IntentLabel } from '../intent/intent.types';
import type { CopyRef, IntentAction, Politeness } from './view-model.types';

export interface ResumeViewModel {
  readonly tone: Tone;
  readonly toneLabel: CopyRef;
  readonly politeness: Politeness;
  readonly title: CopyRef;
  readonly body: readonly CopyRef[];
  /** Resume (primary), then discard. */
  readonly actions: readonly IntentAction[];
  readonly announcement: CopyRef;
}

/**
 * The offer to pick up what an earlier page left unfinished (`pendingIntents()`): names the
 * intent when there is one with a label, else counts them.
 */
export function deriveResumeViewModel(count: number, label?: IntentLabel): ResumeViewModel {
  const sentence: CopyRef =
    count === 1 && label !== undefined
      ? { key: 'resume.body_intent', values: { intent: label } }
      : { key: 'resume.body_count', values: { count } };
  return {
    tone: 'info',
    toneLabel: { key: 'tones.info' },
    politeness: 'polite',
    title: { key: 'resume.title' },
    body: [sentence],
    actions: [
      { id: 'resume', label: { key: 'actions.resume' }, primary: true },
      { id: 'discard', label: { key: 'actions.discard' }, primary: false },
    ],
    announcement: sentence,
  };
}
