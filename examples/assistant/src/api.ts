import { classifyResponse, type Money } from '@tactful/core';

/**
 * The assistant server's API as this app uses it (see server/README.md). Every non-OK answer is
 * thrown as the Problem `classifyResponse` makes of it, so the kit can say what happened.
 */

export type TestCard = 'good' | 'declined';

export const ERROR_SHAPES = ['openai', 'anthropic', 'deepseek', 'openrouter'] as const;
export type ErrorShape = (typeof ERROR_SHAPES)[number];

export interface AppConfig {
  readonly currency: string;
  readonly taskPrice: Money;
  readonly recharge: { readonly min: Money; readonly max: Money };
}

export interface TaskAnswer {
  readonly id: string;
  readonly task: string;
  readonly result: { readonly text: string; readonly words: number; readonly characters: number };
  readonly charged: Money;
  readonly balanceAfter: Money;
}

/** The server's defaults, so the page still starts (and says so) when the server is not up yet. */
export const FALLBACK_CONFIG: AppConfig = {
  currency: 'USD',
  taskPrice: { minor: 25, currency: 'USD' },
  recharge: { min: { minor: 500, currency: 'USD' }, max: { minor: 50_000, currency: 'USD' } },
};

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' &&
  value !== null &&
  Number.isSafeInteger((value as Money).minor) &&
  typeof (value as Money).currency === 'string';

async function send(path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(path, init);
  if (!response.ok) throw await classifyResponse(response);
  return response.json();
}

function jsonInit(method: string, body: unknown, idempotencyKey?: string, signal?: AbortSignal): RequestInit {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
  return { method, headers, body: JSON.stringify(body), ...(signal && { signal }) };
}

export async function fetchConfig(): Promise<AppConfig> {
  const body = (await send('/api/config')) as Partial<AppConfig> | null;
  const recharge = body?.recharge;
  if (!body || !isMoney(body.taskPrice) || !isMoney(recharge?.min) || !isMoney(recharge?.max)) {
    return FALLBACK_CONFIG;
  }
  return {
    currency: body.taskPrice.currency,
    taskPrice: body.taskPrice,
    recharge: { min: recharge.min, max: recharge.max },
  };
}

export async function fetchBalance(signal?: AbortSignal): Promise<{ balance: Money; asOf?: number }> {
  const body = (await send('/api/balance', signal ? { signal } : {})) as {
    balance?: unknown;
    asOf?: unknown;
  };
  if (!isMoney(body.balance)) throw new TypeError('The balance answer has no balance.');
  return typeof body.asOf === 'number'
    ? { balance: body.balance, asOf: body.asOf }
    : { balance: body.balance };
}

/** Runs one task. The same key is charged once, however often it is sent (a replay after a recharge). */
export async function runTask(
  task: string,
  input: string,
  idempotencyKey: string,
  signal: AbortSignal,
): Promise<TaskAnswer> {
  return (await send('/api/tasks', jsonInit('POST', { task, input }, idempotencyKey, signal))) as TaskAnswer;
}

/** The pretend checkout: a declined card throws the card network's answer (a payment problem). */
export async function recharge(amount: Money, card: TestCard, idempotencyKey: string): Promise<void> {
  await send('/api/recharge', jsonInit('POST', { amount, card }, idempotencyKey));
}

/** The demo switch: make the server misbehave the way a real provider does. */
export const demoControls = {
  errorShape: async (): Promise<ErrorShape | undefined> => {
    const { errorShape } = (await send('/api/control')) as { errorShape?: unknown };
    return ERROR_SHAPES.find((shape) => shape === errorShape);
  },
  setBalance: (balance: Money) => send('/api/control/balance', jsonInit('PUT', { balance })),
  injectRateLimit: (retryAfterSeconds: number) =>
    send('/api/control', jsonInit('PUT', { inject: { failure: 'rate_limit', retryAfterSeconds } })),
  // Anthropic's JSON 500 (an outage); the gateway's HTML 504 would read as a timeout.
  injectOutage: () =>
    send('/api/control', jsonInit('PUT', { inject: { failure: 'outage', shape: 'anthropic-500' } })),
  setErrorShape: (errorShape: ErrorShape) => send('/api/control', jsonInit('PUT', { errorShape })),
};
