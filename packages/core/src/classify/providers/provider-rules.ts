import type { RuleResult } from '../classify.types';
import type { Gathered } from '../facts';

/** Built-in knowledge about one provider. Adding a provider is adding a module like this. */
export interface ProviderRules {
  /** Lower-case id reported as `Problem.provider`. */
  readonly id: string;
  /** Words that name it in the text (its name, its domains), found by the one clue scan. */
  readonly hints?: readonly string[];
  /** Response headers (lower case) that only it sends. */
  readonly headers?: readonly string[];
  /** Codes that only it sends (or that proxies pass on from it). */
  readonly codes?: readonly string[];
  /** Other signs that it sent the failure, such as the shape of its envelope. */
  readonly detect?: (facts: Gathered) => boolean;
  /**
   * Its quirks: what its codes and wordings mean where the shared rules would read them wrong.
   * Runs for every failure, since proxies and compatible APIs reuse a provider's shapes.
   */
  readonly classify?: (facts: Gathered) => RuleResult | undefined;
}
