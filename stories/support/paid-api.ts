import { classify, classifyResponse, kindGroup, type Money, type ProblemKind } from '@tactful/core';
import { type ProviderFixture, toResponse } from './fixtures';

/** One accepted, paid call: the ledger charges each, so a request replayed twice is charged twice. */
export interface Charge {
  readonly task: number;
  readonly idempotencyKey: string;
  readonly amount: Money;
}

/** Every call the API received and how it answered (200, or the refusal's HTTP status). */
export interface Call {
  /** Its place in the API's log, from 1. */
  readonly id: number;
  readonly task: number;
  readonly idempotencyKey: string;
  readonly status: number;
}

export interface PaidApiSnapshot {
  readonly balance: Money;
  readonly price: Money;
  readonly charges: readonly Charge[];
  readonly calls: readonly Call[];
  /** What makes the API refuse right now, in words for the story's panel; undefined while it accepts. */
  readonly trouble: string | undefined;
}

export interface PaidApiOptions {
  readonly start: Money;
  readonly price: Money;
  /** The real provider response the API answers with when it refuses. */
  readonly answer: ProviderFixture;
  /** The task from which the API's trouble starts when it is not the balance running out. */
  readonly troubleFrom: number;
  /** Milliseconds each call takes. */
  readonly latencyMs?: number;
}

/**
 * How the simulated service behaves for the kind the real classifier finds in its answer:
 * - money: it refuses while the balance is below the price (so the balance runs out mid-task), and
 *   accepts once funds are added (by the checkout, or someone else);
 * - fixed by the app: from `troubleFrom` on it refuses until the app's own action fixes it (a new card,
 *   a plan upgrade, signing in again), which also tops the balance up where money was short;
 * - once: from `troubleFrom` on it refuses one call (busy, a glitch, a bad request the user corrects),
 *   then accepts.
 */
export type TroubleMode = 'money' | 'fixed by the app' | 'once';

const MONEY_KINDS: readonly ProblemKind[] = ['insufficient_funds'];

export function troubleMode(kind: ProblemKind): TroubleMode {
  if (MONEY_KINDS.includes(kind)) return 'money';
  const group = kindGroup(kind);
  return group === 'billing' || group === 'access' ? 'fixed by the app' : 'once';
}

const add = (a: Money, b: Money): Money => ({ minor: a.minor + b.minor, currency: a.currency });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An in-memory paid API with a balance, a price per task and a ledger: no network. It refuses with a
 * real provider response (as a `Response`, classified by `classifyResponse` like an app's fetch would),
 * and charges each accepted call.
 */
export function createPaidApi(options: PaidApiOptions) {
  const kind = classify({
    status: options.answer.status,
    headers: options.answer.headers,
    body: options.answer.body,
  }).kind;
  const mode = troubleMode(kind);
  const latency = options.latencyMs ?? 200;
  let snapshot: PaidApiSnapshot = {
    balance: options.start,
    price: options.price,
    charges: [],
    calls: [],
    trouble: undefined,
  };
  /** For the app-fixed and one-off modes: whether the trouble began, and whether it is over. */
  let began = false;
  let fixed = false;
  const listeners = new Set<() => void>();
  const update = (patch: Partial<PaidApiSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    snapshot = { ...snapshot, trouble: troubleNow() };
    for (const listener of [...listeners]) listener();
  };
  const short = () => snapshot.balance.minor < snapshot.price.minor;
  const troubleNow = (): string | undefined => {
    if (mode === 'money') return short() ? 'the balance is below the price of a task' : undefined;
    if (!began || fixed) return undefined;
    return mode === 'once' ? 'the next call will be refused once' : "refusing until the app's own fix";
  };

  return {
    kind,
    mode,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    /** Runs one task: resolves once charged, rejects with the classified refusal. */
    async run(task: number, idempotencyKey: string): Promise<void> {
      if (task >= options.troubleFrom) began = true;
      await pause(latency);
      const refuse = mode === 'money' ? short() : began && !fixed;
      if (refuse) {
        if (mode === 'once') fixed = true;
        update({
          calls: [
            ...snapshot.calls,
            { id: snapshot.calls.length + 1, task, idempotencyKey, status: options.answer.status },
          ],
        });
        throw await classifyResponse(toResponse(options.answer));
      }
      update({
        balance: { ...snapshot.balance, minor: snapshot.balance.minor - snapshot.price.minor },
        calls: [...snapshot.calls, { id: snapshot.calls.length + 1, task, idempotencyKey, status: 200 }],
        charges: [...snapshot.charges, { task, idempotencyKey, amount: snapshot.price }],
      });
    },
    /** Funds arrive (the checkout went through, or an admin paid). */
    addFunds(amount: Money) {
      update({ balance: add(snapshot.balance, amount) });
    },
    /** The app's own fix for its kind: a card updated, a plan upgraded, a session renewed. */
    fix(topUp: Money) {
      fixed = true;
      update(short() ? { balance: add(snapshot.balance, topUp) } : {});
    },
  };
}

export type PaidApi = ReturnType<typeof createPaidApi>;
