import type { ProblemKind } from '../problem/kinds';
import type { IntentFallback } from './intent.types';

/** One of an app's per-kind fallbacks: what it is, and how it runs. */
export type KindFallback = Omit<IntentFallback<unknown, unknown>, 'kinds'>;

/**
 * An app's per-kind fallbacks as the one fallback an intent takes: offered for every kind that has
 * one, and run by the one for the problem at hand (`kindNow`, read when it runs). It is named by the
 * first; a view model names the one for its problem (`fallbackLabel`).
 */
export function fallbackByKind(
  fallbacks: Partial<Record<ProblemKind, KindFallback>>,
  kindNow: () => ProblemKind | undefined,
): IntentFallback<unknown, unknown> | undefined {
  const kinds = (Object.keys(fallbacks) as ProblemKind[]).filter((kind) => fallbacks[kind]);
  const first = kinds[0] && fallbacks[kinds[0]];
  if (!first) return undefined;
  return {
    label: first.label,
    kinds,
    run: (context) => (fallbacks[kindNow() ?? 'unknown'] ?? first).run(context),
  };
}
