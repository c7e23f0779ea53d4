import {
  ERROR_SHAPES,
  type ErrorShape,
  OUTAGE_SHAPES,
  type OutageShape,
  RATE_LIMIT_SHAPES,
  type RateLimitShape,
} from './provider-responses';
import {
  type JsonObject,
  rejectUnknownFields,
  requireInteger,
  requireObject,
  requireOneOf,
} from './validate';

export const FAILURES = ['rate_limit', 'overloaded', 'outage'] as const;
export type Failure = (typeof FAILURES)[number];

/** A failure the next task requests get instead of running; `remaining` counts down to none. */
export type Injection =
  | {
      readonly failure: 'rate_limit';
      readonly remaining: number;
      readonly retryAfterSeconds: number;
      readonly shape: RateLimitShape;
    }
  | { readonly failure: 'overloaded'; readonly remaining: number; readonly retryAfterSeconds: number | null }
  | { readonly failure: 'outage'; readonly remaining: number; readonly shape: OutageShape };

export interface Scenario {
  readonly errorShape: ErrorShape;
  readonly inject: Injection | null;
  readonly taskLatencyMs: number;
  readonly rechargeDelayMs: number;
}

export const MAX_INJECTION_TIMES = 100;
export const MAX_RETRY_AFTER_SECONDS = 3600;
export const MAX_DELAY_MS = 60_000;
export const DEFAULT_RATE_LIMIT_RETRY_AFTER_SECONDS = 2;

/** The switch: how the server misbehaves next. Kept in memory; a restart or a reset clears it. */
export class ScenarioControl {
  readonly #defaults: Scenario;
  #current: Scenario;

  constructor(defaults: Scenario) {
    this.#defaults = defaults;
    this.#current = defaults;
  }

  get current(): Scenario {
    return this.#current;
  }

  reset(): Scenario {
    this.#current = this.#defaults;
    return this.#current;
  }

  /** Applies a PUT body: fields left out keep their value; `inject: null` cancels a pending failure. */
  update(body: unknown): Scenario {
    const object = requireObject(body, 'body');
    rejectUnknownFields(object, 'body', ['errorShape', 'inject', 'taskLatencyMs', 'rechargeDelayMs']);
    let next = this.#current;
    if (object.errorShape !== undefined) {
      next = { ...next, errorShape: requireOneOf(object.errorShape, 'errorShape', ERROR_SHAPES) };
    }
    if (object.inject !== undefined) {
      next = {
        ...next,
        inject: object.inject === null ? null : parseInjection(requireObject(object.inject, 'inject')),
      };
    }
    if (object.taskLatencyMs !== undefined) {
      next = {
        ...next,
        taskLatencyMs: requireInteger(object.taskLatencyMs, 'taskLatencyMs', { min: 0, max: MAX_DELAY_MS }),
      };
    }
    if (object.rechargeDelayMs !== undefined) {
      next = {
        ...next,
        rechargeDelayMs: requireInteger(object.rechargeDelayMs, 'rechargeDelayMs', {
          min: 0,
          max: MAX_DELAY_MS,
        }),
      };
    }
    this.#current = next;
    return next;
  }

  /** Uses up one injected failure, if any is pending, and says which. */
  takeInjection(): Injection | undefined {
    const pending = this.#current.inject;
    if (pending === null) return undefined;
    const remaining = pending.remaining - 1;
    this.#current = { ...this.#current, inject: remaining > 0 ? { ...pending, remaining } : null };
    return pending;
  }
}

function parseInjection(object: JsonObject): Injection {
  const failure = requireOneOf(object.failure, 'inject.failure', FAILURES);
  const remaining =
    object.times === undefined
      ? 1
      : requireInteger(object.times, 'inject.times', { min: 1, max: MAX_INJECTION_TIMES });
  const retryAfter = (fallback: number | null) =>
    object.retryAfterSeconds === undefined
      ? fallback
      : requireInteger(object.retryAfterSeconds, 'inject.retryAfterSeconds', {
          min: 0,
          max: MAX_RETRY_AFTER_SECONDS,
        });
  switch (failure) {
    case 'rate_limit':
      rejectUnknownFields(object, 'inject', ['failure', 'times', 'retryAfterSeconds', 'shape']);
      return {
        failure,
        remaining,
        retryAfterSeconds:
          retryAfter(DEFAULT_RATE_LIMIT_RETRY_AFTER_SECONDS) ?? DEFAULT_RATE_LIMIT_RETRY_AFTER_SECONDS,
        shape:
          object.shape === undefined
            ? 'anthropic'
            : requireOneOf(object.shape, 'inject.shape', RATE_LIMIT_SHAPES),
      };
    case 'overloaded':
      rejectUnknownFields(object, 'inject', ['failure', 'times', 'retryAfterSeconds']);
      return { failure, remaining, retryAfterSeconds: retryAfter(null) };
    case 'outage':
      rejectUnknownFields(object, 'inject', ['failure', 'times', 'shape']);
      return {
        failure,
        remaining,
        shape:
          object.shape === undefined
            ? 'gateway-html'
            : requireOneOf(object.shape, 'inject.shape', OUTAGE_SHAPES),
      };
  }
}
