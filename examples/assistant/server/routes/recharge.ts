import type { IncomingMessage } from 'node:http';
import { badRequest } from '../api-error';
import { fingerprint } from '../assistant-task';
import type { AppContext } from '../context';
import { requireIdempotencyKey } from '../idempotency';
import { findOutcome, outcomeKey, postEntry, rememberOutcome } from '../ledger-state';
import type { Money } from '../money';
import { CARD_FAILURES, cardDeclinedReply } from '../provider-responses';
import { json, type Reply } from '../reply';
import { rejectUnknownFields, requireMoney, requireObject, requireOneOf } from '../validate';
import { replayStored } from './replay';

export const TEST_CARDS = ['good', ...CARD_FAILURES] as const;
export type TestCard = (typeof TEST_CARDS)[number];

export interface RechargeRequest {
  readonly amount: Money;
  readonly card: TestCard;
}

export function parseRechargeRequest(context: AppContext, body: unknown): RechargeRequest {
  if (body === undefined) {
    throw badRequest(
      'missing_body',
      'Send a JSON body such as {"amount": {"minor": 1000, "currency": "USD"}}.',
    );
  }
  const object = requireObject(body, 'body');
  rejectUnknownFields(object, 'body', ['amount', 'card']);
  const amount = requireMoney(object.amount, 'amount', {
    currency: context.ledger.currency,
    min: context.pricing.rechargeMinMinor,
    max: context.pricing.rechargeMaxMinor,
  });
  const card = object.card === undefined ? 'good' : requireOneOf(object.card, 'card', TEST_CARDS);
  return { amount, card };
}

/**
 * POST /api/recharge: a pretend checkout. Only a successful payment is remembered under its key; a
 * declined card adds nothing and stores nothing, so the customer can try again (with another card)
 * under the same key.
 */
export async function postRecharge(
  context: AppContext,
  request: IncomingMessage,
  body: unknown,
): Promise<Reply> {
  const key = requireIdempotencyKey(request);
  const { amount, card } = parseRechargeRequest(context, body);
  const requestFingerprint = fingerprint(['recharge', amount.minor, amount.currency, card]);
  const slot = outcomeKey('recharge', key);
  return context.keys.run(slot, async () => {
    const stored = findOutcome(context.ledger.state, slot);
    if (stored) return replayStored(stored, requestFingerprint);

    await context.sleep(context.scenario.current.rechargeDelayMs);
    if (card !== 'good') return cardDeclinedReply(context.fixtures, card);

    return context.ledger.transact((state) => {
      const now = context.now();
      const credited = postEntry(state, {
        type: 'recharge',
        amountMinor: amount.minor,
        idempotencyKey: key,
        description: 'Recharge',
        now,
      });
      const responseBody = {
        id: `rch_${credited.entry.id.slice('ent_'.length)}`,
        amount,
        balanceAfter: { minor: credited.entry.balanceAfterMinor, currency: state.currency },
        idempotencyKey: key,
        completedAt: now,
      };
      return {
        next: rememberOutcome(credited.state, slot, {
          fingerprint: requestFingerprint,
          status: 200,
          body: responseBody,
          entryId: credited.entry.id,
        }),
        value: json(200, responseBody),
      };
    });
  });
}
