import type { IntentOutcome, PendingIntent, Problem } from '@tactful/core';
import { type UseIntentResult, useIntent, useTactful } from '@tactful/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runTask, type TaskAnswer } from './api';
import { APP_NS } from './i18n';
import { readStoredTask, SERVER_TASK_NAMES, type StoredTask, type TaskId, taskLabel } from './tasks';

export type TaskIntent = UseIntentResult<string, TaskAnswer>;

function useTaskIntent(task: TaskId, refreshBalance: () => Promise<unknown>): TaskIntent {
  return useIntent<string, TaskAnswer>({
    label: taskLabel(task),
    // Stored only while blocked on billing, so the task survives a reload and replays once funded.
    serialize: (text): StoredTask => ({ task, text }),
    run: async ({ input, idempotencyKey, signal }) => {
      try {
        return await runTask(SERVER_TASK_NAMES[task], input, idempotencyKey, signal);
      } catch (problem) {
        // The message names the balance: read it first, so the banner and the meter show one figure.
        if ((problem as Partial<Problem>).kind === 'insufficient_funds') await refreshBalance();
        throw problem;
      }
    },
  });
}

/** Which stored intents to take back: the first per task, since each task's hook holds one intent. */
export function pickResumable(pending: readonly PendingIntent[]) {
  const chosen = new Map<TaskId, { pending: PendingIntent; stored: StoredTask }>();
  for (const intent of pending) {
    const stored = readStoredTask(intent.data);
    if (stored && !chosen.has(stored.task)) chosen.set(stored.task, { pending: intent, stored });
  }
  return [...chosen.values()];
}

/**
 * The assistant's three tasks, one intent each: start one, take back what an earlier page left
 * unfinished, and the answer each got in this tab. A finished task refreshes the balance and is
 * announced through the kit's live regions.
 */
export function useAssistantTasks(refreshBalance: () => Promise<unknown>) {
  const { t } = useTranslation(APP_NS);
  const { announce } = useTactful();
  const intents: Readonly<Record<TaskId, TaskIntent>> = {
    summarize: useTaskIntent('summarize', refreshBalance),
    translate: useTaskIntent('translate', refreshBalance),
    reply: useTaskIntent('reply', refreshBalance),
  };
  const [answers, setAnswers] = useState<Partial<Record<TaskId, TaskAnswer>>>({});
  // The outcome arrives later (after a recharge, say): it is told in the language shown then.
  const latest = useRef({ t, announce, refreshBalance });
  latest.current = { t, announce, refreshBalance };

  const follow = (task: TaskId, done: Promise<IntentOutcome<TaskAnswer>>) => {
    setAnswers(({ [task]: _previous, ...others }) => others);
    void done.then(({ status, value }) => {
      if (status !== 'succeeded') return;
      void latest.current.refreshBalance();
      // Finished in another tab: that tab has the answer, this one only learns that it is done.
      if (!value) return;
      setAnswers((before) => ({ ...before, [task]: value }));
      const { t: translate, announce: say } = latest.current;
      say(translate('results.announce_done', { task: translate(`tasks.${task}`) }), 'polite');
    });
  };

  return {
    intents,
    answers,
    start: (task: TaskId, text: string) => follow(task, intents[task].submit(text)),
    resume: (pending: readonly PendingIntent[]) => {
      for (const { pending: intent, stored } of pickResumable(pending)) {
        follow(stored.task, intents[stored.task].resume(intent, stored.text));
      }
    },
  };
}
