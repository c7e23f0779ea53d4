import type { Money } from '../money/money';
import type { BalanceRunway, BalanceSample, RunwayOptions } from './balance.types';

const DAY_MS = 86_400_000;

function settings(options: RunwayOptions) {
  return {
    minReadings: options.minReadings ?? 3,
    minSpanMs: options.minSpanMs ?? 7_200_000,
    windowMs: options.windowMs ?? 7 * DAY_MS,
    maxSamples: Math.max(2, options.maxSamples ?? 200),
  };
}

/**
 * Adds a reading to a sample history (returning a new array, or the same one when the reading is
 * unusable or older than the latest sample). A reading at the same moment as the latest replaces it.
 * Readings in a run of spending closer together than `windowMs / maxSamples` are merged into one
 * sample: the spend and time between the run's ends are the same either way, so the estimate loses
 * nothing while the history stays short. Samples older than the window are dropped.
 */
export function recordBalanceSample(
  samples: readonly BalanceSample[],
  at: number,
  minor: number,
  options: RunwayOptions = {},
): readonly BalanceSample[] {
  const last = samples[samples.length - 1];
  if (!Number.isFinite(at) || !Number.isFinite(minor) || (last && at < last.at)) return samples;
  const { windowMs, maxSamples } = settings(options);
  const kept = samples.slice();
  const previous = kept[kept.length - 2];
  if (last && at === last.at) {
    kept[kept.length - 1] = { at, minor, readings: last.readings };
  } else if (
    last &&
    previous &&
    last.minor <= previous.minor &&
    minor <= last.minor &&
    at - previous.at < windowMs / maxSamples
  ) {
    kept[kept.length - 1] = { at, minor, readings: last.readings + 1 };
  } else {
    kept.push({ at, minor, readings: 1 });
  }
  let start = Math.max(0, kept.length - maxSamples);
  while (start < kept.length - 1 && (kept[start] as BalanceSample).at < at - windowMs) start++;
  return start > 0 ? kept.slice(start) : kept;
}

/**
 * The runway from a sample history: spend divided by time over the stretches where the balance
 * did not rise. A rise is a top-up, and the usage it hides is unknown, so that stretch is left out
 * rather than read as negative spend; long gaps count at their real length, since what was spent
 * over them is known exactly. Readings in between cancel out, so irregular sampling does not bias it.
 *
 * @param depletedAt the balance counted as run out (zero by default), in the samples' currency.
 */
export function estimateRunway(
  samples: readonly BalanceSample[],
  currency: string,
  options: RunwayOptions & { readonly depletedAt?: Money } = {},
): BalanceRunway {
  const last = samples[samples.length - 1];
  if (!last) return { status: 'unknown', reason: 'no_balance' };
  const { minReadings, minSpanMs } = settings(options);
  let spent = 0;
  let span = 0;
  let readings = 0;
  samples.forEach((sample, index) => {
    readings += sample.readings;
    const before = samples[index - 1];
    if (before && sample.minor <= before.minor) {
      spent += before.minor - sample.minor;
      span += sample.at - before.at;
    }
  });
  if (readings < minReadings) return { status: 'unknown', reason: 'too_few_samples' };
  if (span < minSpanMs || span <= 0) return { status: 'unknown', reason: 'span_too_short' };
  if (spent <= 0) return { status: 'not_burning' };
  const perMs = spent / span;
  const ms = Math.max(0, (last.minor - (options.depletedAt?.minor ?? 0)) / perMs);
  return {
    status: 'estimate',
    days: ms / DAY_MS,
    runsOutAt: last.at + ms,
    burnPerDay: { minor: Math.round(perMs * DAY_MS), currency },
    basedOnMs: span,
    readings,
  };
}
