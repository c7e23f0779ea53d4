import { deriveResumeViewModel, type IntentLabel, type PendingIntent } from '@tactful/core';
import { useState } from 'react';
import { Banner } from '../banner/Banner';
import { useCopy } from '../copy/useCopy';
import { useAnnouncement } from '../hooks/useAnnouncement';
import { Button } from '../primitives/Button';
import { useOptionalTactful } from '../provider/context';
import { withCopy } from '../provider/ready';

export interface ResumePromptProps {
  /** What an earlier page left unfinished: `usePendingIntents().intents`. Nothing shows when empty. */
  readonly pending: readonly PendingIntent[];
  /** Names an intent from what was stored for it, so one pending intent can be named. */
  readonly label?: ((pending: PendingIntent) => IntentLabel | undefined) | undefined;
  /** Takes them back: `useIntent().resume(pending, input)` for each, with the input rebuilt from `data`. */
  readonly onResume: (pending: readonly PendingIntent[]) => void;
  /** Lets them go: `usePendingIntents().discard`. */
  readonly onDiscard: (pending: readonly PendingIntent[]) => void;
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  readonly className?: string | undefined;
}

/**
 * "Pick up where you left off?" after a reload, for requests an earlier page kept: resume them (the
 * primary action) or let them go. Announced politely once; it goes away as soon as the user answers.
 */
export const ResumePrompt = withCopy(function ResumePrompt({
  pending,
  label,
  onResume,
  onDiscard,
  headingLevel,
  className,
}: ResumePromptProps) {
  const { tr, direction } = useCopy();
  const tactful = useOptionalTactful();
  const [answered, setAnswered] = useState<readonly PendingIntent[]>([]);
  const open = pending.filter((intent) => !answered.some((done) => done.id === intent.id));
  const first = open[0];
  const viewModel = deriveResumeViewModel(
    open.length,
    open.length === 1 && first ? label?.(first) : undefined,
  );
  const sentence = tr(viewModel.body[0] ?? viewModel.announcement);
  useAnnouncement(
    tactful?.announce,
    open.map((intent) => intent.id).join(' '),
    sentence,
    viewModel.politeness,
  );
  if (!first) return null;

  const answer = (take: (pending: readonly PendingIntent[]) => void) => () => {
    setAnswered((before) => [...before, ...open]);
    take(open);
  };
  return (
    <Banner
      actions={viewModel.actions.map((action) => (
        <Button
          key={action.id}
          onClick={answer(action.id === 'resume' ? onResume : onDiscard)}
          variant={action.primary ? 'primary' : 'secondary'}
        >
          {tr(action.label)}
        </Button>
      ))}
      className={className ? `tactful-resume ${className}` : 'tactful-resume'}
      dir={tactful?.dir ?? direction}
      headingLevel={headingLevel}
      lead={sentence}
      state="pending"
      title={tr(viewModel.title)}
      tone={viewModel.tone}
      toneLabel={tr(viewModel.toneLabel)}
    />
  );
});
