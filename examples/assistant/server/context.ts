import type { FixtureSet } from './fixtures';
import type { KeyedSerializer } from './idempotency';
import type { Ledger } from './ledger';
import type { ScenarioControl } from './scenario';

export interface Pricing {
  readonly taskPriceMinor: number;
  readonly rechargeMinMinor: number;
  readonly rechargeMaxMinor: number;
}

/** Everything a route needs, passed in rather than reached for, so tests can hold each piece. */
export interface AppContext {
  readonly ledger: Ledger;
  readonly scenario: ScenarioControl;
  readonly fixtures: FixtureSet;
  readonly keys: KeyedSerializer;
  readonly pricing: Pricing;
  readonly openingBalanceMinor: number;
  readonly now: () => number;
  /** Waits, or rejects when the server is shutting down so nothing is charged after it stopped. */
  readonly sleep: (ms: number) => Promise<void>;
}
