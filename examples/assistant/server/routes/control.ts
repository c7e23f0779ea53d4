import type { AppContext } from '../context';
import { postEntry } from '../ledger-state';
import { json, type Reply } from '../reply';
import { rejectUnknownFields, requireMoney, requireObject } from '../validate';

/** Enough for any test; far below where integer minor units would lose precision. */
export const MAX_SET_BALANCE_MINOR = 1_000_000_000_000;

/** GET /api/control */
export function getControl(context: AppContext): Reply {
  return json(200, context.scenario.current);
}

/** PUT /api/control: fields left out keep their value. */
export function putControl(context: AppContext, body: unknown): Reply {
  return json(200, context.scenario.update(body ?? {}));
}

/** POST /api/control/reset, optionally `{ balance: Money }` for the fresh ledger's opening balance. */
export async function postControlReset(context: AppContext, body: unknown): Promise<Reply> {
  let openingMinor = context.openingBalanceMinor;
  if (body !== undefined) {
    const object = requireObject(body, 'body');
    rejectUnknownFields(object, 'body', ['balance']);
    if (object.balance !== undefined) {
      openingMinor = requireMoney(object.balance, 'balance', {
        currency: context.ledger.currency,
        min: 0,
        max: MAX_SET_BALANCE_MINOR,
      }).minor;
    }
  }
  await context.ledger.resetTo(openingMinor);
  const scenario = context.scenario.reset();
  return json(200, { scenario, balance: context.ledger.balance(), asOf: context.now() });
}

/**
 * PUT /api/control/balance `{ balance: Money }`: sets the balance through an `adjustment` entry, so the
 * entries still add up to it.
 */
export async function putControlBalance(context: AppContext, body: unknown): Promise<Reply> {
  const object = requireObject(body, 'body');
  rejectUnknownFields(object, 'body', ['balance']);
  const target = requireMoney(object.balance, 'balance', {
    currency: context.ledger.currency,
    min: 0,
    max: MAX_SET_BALANCE_MINOR,
  });
  await context.ledger.transact((state) => {
    const delta = target.minor - state.balanceMinor;
    if (delta === 0) return { value: undefined };
    return {
      next: postEntry(state, {
        type: 'adjustment',
        amountMinor: delta,
        idempotencyKey: null,
        description: 'Balance set through the control API',
        now: context.now(),
      }).state,
      value: undefined,
    };
  });
  return json(200, { balance: context.ledger.balance(), asOf: context.now() });
}
