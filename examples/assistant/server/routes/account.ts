import type { AppContext } from '../context';
import type { LedgerEntry } from '../ledger.types';
import { findDoubleCharges } from '../ledger-state';
import { ERROR_SHAPES } from '../provider-responses';
import { json, type Reply } from '../reply';
import { TEST_CARDS } from './recharge';

/** GET /api/balance. `asOf` is when the figure was read: this ledger has no lag to admit to. */
export function getBalance(context: AppContext): Reply {
  return json(200, { balance: context.ledger.balance(), asOf: context.now() });
}

function entryView(entry: LedgerEntry, currency: string) {
  return {
    id: entry.id,
    type: entry.type,
    amount: { minor: entry.amountMinor, currency },
    balanceAfter: { minor: entry.balanceAfterMinor, currency },
    idempotencyKey: entry.idempotencyKey,
    description: entry.description,
    at: entry.at,
  };
}

/** GET /api/ledger: the whole history, for tests to prove every key was charged at most once. */
export function getLedger(context: AppContext): Reply {
  const { entries, currency } = context.ledger.state;
  return json(200, {
    balance: context.ledger.balance(),
    entries: entries.map((entry) => entryView(entry, currency)),
    doubleCharges: findDoubleCharges(entries),
  });
}

/** GET /api/config: what the app may show before anything happens (the price of a task, recharge limits). */
export function getConfig(context: AppContext): Reply {
  const currency = context.ledger.currency;
  const { taskPriceMinor, rechargeMinMinor, rechargeMaxMinor } = context.pricing;
  return json(200, {
    currency,
    taskPrice: { minor: taskPriceMinor, currency },
    recharge: {
      min: { minor: rechargeMinMinor, currency },
      max: { minor: rechargeMaxMinor, currency },
      cards: TEST_CARDS,
    },
    errorShapes: ERROR_SHAPES,
  });
}

export function getHealth(): Reply {
  return json(200, { ok: true });
}
