import type { ProblemKind } from '../problem/kinds';
import type { Problem } from '../problem/problem';

/**
 * What a failure says about itself, gathered once from whatever shape it arrived in (a response-like
 * object, an SDK error, a body, a string) so that every rule reads the same few fields.
 */
export interface FailureFacts {
  /** The input, untouched. */
  readonly input: unknown;
  /** The HTTP status, when the failure has one (the outer status wins over one echoed in the body). */
  readonly status: number | undefined;
  /** The provider's own codes, types, reasons and names, as sent, in the order the failure gives them. */
  readonly codes: readonly string[];
  /**
   * Everything the failure says in words, lower case, one line per field, capped in length: its
   * messages, its codes spelt as words (`rateLimitExceeded` → "rate limit exceeded", `insufficient_quota`
   * → "insufficient quota"), and its documentation links. Rules match meanings here.
   */
  readonly text: string;
  /** A response header, case-insensitive; undefined when absent. */
  readonly header: (name: string) => string | undefined;
}

/** A rule's verdict: a kind, or a kind with the details the rule knows better than the defaults. */
export type RuleResult =
  | ProblemKind
  | {
      readonly kind: ProblemKind;
      readonly code?: string;
      readonly provider?: string;
      readonly retryAfterMs?: number;
      readonly amounts?: Problem['amounts'];
    };

/** Returns a verdict, or undefined to let the next rule decide. */
export type ClassifyRule = (facts: FailureFacts) => RuleResult | undefined;

export interface ClassifierOptions {
  /** The app's own rules, tried in order before the built-in ones. */
  readonly rules?: readonly ClassifyRule[];
  /** Whether the runtime has a network; `navigator.onLine` (when there is one) by default. */
  readonly isOnline?: () => boolean;
  /** The clock for absolute retry times (HTTP dates, reset timestamps); `Date.now` by default. */
  readonly now?: () => number;
}

export type Classifier = (input: unknown) => Problem;
