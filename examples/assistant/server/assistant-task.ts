import { createHash } from 'node:crypto';

export const MAX_TASK_LENGTH = 200;
export const MAX_INPUT_LENGTH = 20_000;

const PREVIEW_WORDS = 12;

export interface TaskResult {
  readonly text: string;
  readonly words: number;
  readonly characters: number;
  /** Short hash of the task and input: the same request always yields the same result, visibly. */
  readonly digest: string;
}

/**
 * The pretend assistant: a result derived only from the request, so a replay and its original can be
 * compared exactly and a test can predict the text without a model.
 */
export function runAssistantTask(task: string, input: string | undefined): TaskResult {
  const text = input ?? '';
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const digest = createHash('sha256').update(task).update('\u0000').update(text).digest('hex').slice(0, 12);
  const preview = words.slice(0, PREVIEW_WORDS).join(' ');
  const summary =
    words.length === 0
      ? `Done: ${task.trim()}.`
      : `Done: ${task.trim()}. The input has ${words.length} word${words.length === 1 ? '' : 's'} and begins "${preview}${words.length > PREVIEW_WORDS ? '…' : ''}".`;
  return { text: summary, words: words.length, characters: [...text].length, digest };
}

/** Identifies a request's parameters, so a reused key with different parameters is told apart from a replay. */
export function fingerprint(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
