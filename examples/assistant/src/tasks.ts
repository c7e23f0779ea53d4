import type { CopyRef } from '@tactful/core';
import { APP_NS } from './i18n';

/** What the assistant can do; each costs the server's task price. */
export const TASK_IDS = ['summarize', 'translate', 'reply'] as const;
export type TaskId = (typeof TASK_IDS)[number];

/** The task names the server records in its ledger. */
export const SERVER_TASK_NAMES: Readonly<Record<TaskId, string>> = {
  summarize: 'Summarize',
  translate: 'Translate',
  reply: 'Draft a reply',
};

/** What is stored so a task blocked on billing survives a reload: which task, on which text. */
export interface StoredTask {
  readonly task: TaskId;
  readonly text: string;
}

export const isTaskId = (value: unknown): value is TaskId => TASK_IDS.includes(value as TaskId);

/** Reads back what an earlier page stored; anything else (another version, a hand edit) is not a task. */
export function readStoredTask(data: unknown): StoredTask | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { task, text } = data as Partial<StoredTask>;
  return isTaskId(task) && typeof text === 'string' ? { task, text } : undefined;
}

/** "summarizing the notes": the intent's label, in the app's own namespace, in the language shown. */
export const taskLabel = (task: TaskId): CopyRef => ({ key: `${APP_NS}:intents.${task}` });
