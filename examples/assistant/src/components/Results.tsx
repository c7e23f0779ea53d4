import { formatMoney } from '@tactful/core';
import { ProblemBanner } from '@tactful/react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskAnswer } from '../api';
import { APP_NS } from '../i18n';
import { TASK_IDS, type TaskId } from '../tasks';
import type { TaskIntent } from '../useAssistantTasks';

export interface ResultsProps {
  readonly intents: Readonly<Record<TaskId, TaskIntent>>;
  readonly answers: Partial<Record<TaskId, TaskAnswer>>;
}

/** Each task started on this page: what it is doing, the kit's banner when it met a problem, its answer. */
export function Results({ intents, answers }: ResultsProps) {
  const { t } = useTranslation(APP_NS);
  const id = useId();
  const shown = TASK_IDS.filter((task) => intents[task].snapshot && intents[task].status !== 'discarded');
  return (
    <section aria-labelledby={`${id}-heading`} className="panel results">
      <h2 id={`${id}-heading`}>{t('results.heading')}</h2>
      {shown.length === 0 ? (
        <p className="hint">{t('results.empty')}</p>
      ) : (
        <ul className="results__list">
          {shown.map((task) => (
            <TaskResult answer={answers[task]} intent={intents[task]} key={task} task={task} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TaskResult({
  task,
  intent,
  answer,
}: {
  task: TaskId;
  intent: TaskIntent;
  answer?: TaskAnswer | undefined;
}) {
  const { t, i18n } = useTranslation(APP_NS);
  const { status, viewModel, onAction } = intent;
  const running = status === 'running' || status === 'degraded';
  // Paying or retrying from the banner left focus on a button that went away with it: the answer takes
  // it, so keyboard users are not sent back to the top. Focus that is anywhere else stays there.
  const answerRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (status !== 'succeeded') return;
    const active = document.activeElement;
    if (!active || active === document.body) answerRef.current?.focus();
  }, [status]);
  return (
    <li className="result" data-status={status} data-task={task}>
      <h3>{t(`tasks.${task}`)}</h3>
      {running ? <p className="result__status">{t('results.running')}</p> : null}
      {/* Once done, the answer itself says so: the kit's "all done" note would repeat it. */}
      {viewModel && status !== 'succeeded' ? (
        <ProblemBanner headingLevel={4} onAction={onAction} viewModel={viewModel} />
      ) : null}
      {status === 'succeeded' && answer ? (
        <>
          <figure className="result__answer" ref={answerRef} tabIndex={-1}>
            <figcaption>{t('results.answer_label')}</figcaption>
            {/* The assistant answers in English whatever the page's language. */}
            <blockquote lang="en">{answer.result.text}</blockquote>
          </figure>
          <p className="result__charge">
            {t('results.charged', {
              amount: formatMoney(answer.charged, i18n.language),
              balance: formatMoney(answer.balanceAfter, i18n.language),
            })}
          </p>
        </>
      ) : null}
      {status === 'succeeded' && !answer ? <p className="result__status">{t('results.elsewhere')}</p> : null}
      {status === 'cancelled' ? <p className="result__status">{t('results.stopped')}</p> : null}
    </li>
  );
}
