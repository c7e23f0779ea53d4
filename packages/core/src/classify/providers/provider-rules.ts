import type { RuleResult } from '../classify.types';
import type { Gathered } from '../facts';

/** Built-in knowledge about one provider. Adding a provider is adding a module like this. */
export interface ProviderRules {
  /** Lower-case id reported as `Problem.provider`. */
  readonly id: string;
  /** Words that name it in the text (its name, its domains), found by the one clue scan. */
  readonly hints?: readonly string[];
  /** Other signs that it sent the failure: its headers, its codes, the shape of its envelope. */
  readonly detect?: (facts: Gathered) => boolean;
  /**
   * Its quirks: what its codes and wordings mean where the shared rules would read them wrong.
   * Runs for every failure, since proxies and compatible APIs reuse a provider's shapes.
   */
  readonly classify?: (facts: Gathered) => RuleResult | undefined;
}
