import type { IncomingMessage } from 'node:http';
import { badRequest } from '../api-error';
import { fingerprint, MAX_INPUT_LENGTH, MAX_TASK_LENGTH, runAssistantTask } from '../assistant-task';
import type { AppContext } from '../context';
import { requireIdempotencyKey } from '../idempotency';
import { findOutcome, outcomeKey, postEntry, rememberOutcome } from '../ledger-state';
import { emptyBalanceReply, outageReply, overloadedReply, rateLimitReply } from '../provider-responses';
import { json, type Reply } from '../reply';
import type { Injection } from '../scenario';
import { rejectUnknownFields, requireObject, requireString } from '../validate';
import { replayStored } from './replay';

export interface TaskRequest {
  readonly task: string;
  readonly input: string | undefined;
}

export function parseTaskRequest(body: unknown): TaskRequest {
  if (body === undefined) throw badRequest('missing_body', 'Send a JSON body such as {"task": "Summarize"}.');
  const object = requireObject(body, 'body');
  rejectUnknownFields(object, 'body', ['task', 'input']);
  const task = requireString(object.task, 'task', { min: 1, max: MAX_TASK_LENGTH });
  const input =
    object.input === undefined ? undefined : requireString(object.input, 'input', { max: MAX_INPUT_LENGTH });
  return { task, input };
}

function injectedReply(context: AppContext, injection: Injection): Reply {
  switch (injection.failure) {
    case 'rate_limit':
      return rateLimitReply(context.fixtures, injection.shape, injection.retryAfterSeconds, context.now());
    case 'overloaded':
      return overloadedReply(context.fixtures, injection.retryAfterSeconds);
    case 'outage':
      return outageReply(context.fixtures, injection.shape);
  }
}

/**
 * POST /api/tasks. Order matters: a key already answered is replayed before anything else (no injected
 * failure, no second charge); then an injected failure; then the balance is checked before the work
 * and again, atomically with the charge, after it.
 */
export async function postTask(context: AppContext, request: IncomingMessage, body: unknown): Promise<Reply> {
  const key = requireIdempotencyKey(request);
  const { task, input } = parseTaskRequest(body);
  const requestFingerprint = fingerprint(['task', task, input ?? null]);
  const slot = outcomeKey('task', key);
  return context.keys.run(slot, async () => {
    const stored = findOutcome(context.ledger.state, slot);
    if (stored) return replayStored(stored, requestFingerprint);

    const injection = context.scenario.takeInjection();
    if (injection) return injectedReply(context, injection);

    const price = context.pricing.taskPriceMinor;
    const refusal = () => emptyBalanceReply(context.fixtures, context.scenario.current.errorShape);
    if (context.ledger.state.balanceMinor < price) return refusal();

    await context.sleep(context.scenario.current.taskLatencyMs);
    const result = runAssistantTask(task, input);

    return context.ledger.transact((state) => {
      // Other keys may have spent the balance while this task was running.
      if (state.balanceMinor < price) return { value: refusal() };
      const now = context.now();
      const charged = postEntry(state, {
        type: 'charge',
        amountMinor: -price,
        idempotencyKey: key,
        description: `Task: ${task.trim().slice(0, 80)}`,
        now,
      });
      const responseBody = {
        id: `task_${charged.entry.id.slice('ent_'.length)}`,
        task,
        result,
        charged: { minor: price, currency: state.currency },
        balanceAfter: { minor: charged.entry.balanceAfterMinor, currency: state.currency },
        idempotencyKey: key,
        completedAt: now,
      };
      return {
        next: rememberOutcome(charged.state, slot, {
          fingerprint: requestFingerprint,
          status: 200,
          body: responseBody,
          entryId: charged.entry.id,
        }),
        value: json(200, responseBody),
      };
    });
  });
}
