import { isFinalStatus } from '@tactful/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_NS } from '../i18n';
import { TASK_IDS, type TaskId } from '../tasks';
import type { TaskIntent } from '../useAssistantTasks';

export interface ComposerProps {
  readonly notes: string;
  readonly onNotesChange: (notes: string) => void;
  readonly intents: Readonly<Record<TaskId, TaskIntent>>;
  readonly onStart: (task: TaskId) => void;
}

/** A task still under way (running, waiting, held for funds): its button waits for it to end. */
const underWay = ({ status }: TaskIntent) => status !== 'idle' && !isFinalStatus(status);

/** The notes and the three tasks. A busy task's button stays focusable, so keyboard focus is never lost. */
export function Composer({ notes, onNotesChange, intents, onStart }: ComposerProps) {
  const { t } = useTranslation(APP_NS);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="panel composer">
      <h2 id={`${id}-heading`}>{t('compose.heading')}</h2>
      <label className="field-label" htmlFor={`${id}-notes`}>
        {t('compose.notes_label')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('compose.notes_hint')}
      </p>
      <textarea
        aria-describedby={`${id}-hint`}
        id={`${id}-notes`}
        maxLength={20_000}
        onChange={(event) => onNotesChange(event.target.value)}
        rows={5}
        value={notes}
      />
      <div className="composer__actions">
        {TASK_IDS.map((task, index) => {
          const busy = underWay(intents[task]);
          return (
            <button
              aria-disabled={busy || undefined}
              className="button"
              data-task={task}
              data-variant={index === 0 ? 'primary' : 'secondary'}
              key={task}
              onClick={() => {
                if (!busy) onStart(task);
              }}
              type="button"
            >
              {t(`tasks.${task}`)}
            </button>
          );
        })}
      </div>
    </section>
  );
}
