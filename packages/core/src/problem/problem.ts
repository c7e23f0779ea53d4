import type { Amount } from '../money/money';
import type { ProblemKind } from './kinds';

/** What the provider says about money, when it says anything. */
export interface ProblemAmounts {
  /** What the account holds now. */
  readonly balance?: Amount;
  /** What the refused request needed (its cost, or the shortfall when that is all the provider states). */
  readonly needed?: Amount;
}

/**
 * One canonical description of a failure, whatever shape it arrived in.
 * `detail` is the provider's own text, for logs and support: never shown as UI copy.
 */
export interface Problem {
  readonly kind: ProblemKind;
  /** Whether waiting and trying again can help. False for every billing, access and request kind. */
  readonly retryable: boolean;
  readonly status?: number;
  /** Lower-case provider id: `openai`, `anthropic`, `google`, `aws`, `stripe`, `deepseek`, `openrouter`… */
  readonly provider?: string;
  /** The provider's own code (`insufficient_quota`, `card_declined`), never shown to users. */
  readonly code?: string;
  /** How long the provider asked us to wait, clamped to a sane range. */
  readonly retryAfterMs?: number;
  readonly requestId?: string;
  readonly detail?: string;
  readonly amounts?: ProblemAmounts;
  /** The input, untouched. */
  readonly cause: unknown;
}
