import type { Money } from '../money/money';
import type {
  BalanceBand,
  BalanceHysteresis,
  BalanceLevel,
  BalanceThreshold,
  BalanceThresholds,
  BalanceWarningLevel,
  ResolvedBalanceThresholds,
} from './balance.types';

const SEVERITY: Record<BalanceLevel, number> = { ok: 0, recovered: 0, low: 1, critical: 2, depleted: 3 };

/** A Money in this currency with a usable amount: anything else is left out rather than guessed at. */
export function isMoneyIn(value: Money | null | undefined, currency: string): value is Money {
  return (
    value != null &&
    Number.isFinite(value.minor) &&
    typeof value.currency === 'string' &&
    value.currency.toUpperCase() === currency
  );
}

function amountOf(
  value: BalanceThreshold | undefined,
  currency: string,
  reference: Money | null,
): number | undefined {
  if (value == null) return undefined;
  if ('percent' in value) {
    return reference && Number.isFinite(value.percent)
      ? Math.round((reference.minor * value.percent) / 100)
      : undefined;
  }
  return isMoneyIn(value, currency) ? Math.round(value.minor) : undefined;
}

/**
 * Resolves thresholds and hysteresis against the balance's currency: percentages become amounts,
 * unusable entries are left out, and the edges are clamped into order so that every level's band
 * sits inside the better level's.
 */
export function resolveBalanceThresholds(
  thresholds: BalanceThresholds,
  currency: string,
  hysteresis: BalanceHysteresis = { percent: 10 },
): ResolvedBalanceThresholds {
  const code = currency.toUpperCase();
  const reference = isMoneyIn(thresholds.reference, code) ? thresholds.reference : null;
  const depletedAt = isMoneyIn(thresholds.depletedAt, code) ? Math.round(thresholds.depletedAt.minor) : 0;
  const edges: [BalanceWarningLevel, number | undefined][] = [
    ['low', amountOf(thresholds.low, code, reference)],
    ['critical', amountOf(thresholds.critical, code, reference)],
    // "At or below depletedAt" is "below depletedAt + 1" in integer minor units.
    ['depleted', depletedAt + 1],
  ];
  const bandOf = (below: number): number =>
    'percent' in hysteresis
      ? Math.round((Math.abs(below) * Math.max(0, hysteresis.percent || 0)) / 100)
      : isMoneyIn(hysteresis, code)
        ? Math.max(0, Math.round(hysteresis.minor))
        : 0;
  const bands: BalanceBand[] = [];
  let belowCeiling = Number.POSITIVE_INFINITY;
  let leaveCeiling = Number.POSITIVE_INFINITY;
  for (const [level, amount] of edges) {
    if (amount === undefined) continue;
    const below = Math.min(amount, belowCeiling);
    const leaveAt = Math.min(below + bandOf(below), leaveCeiling);
    belowCeiling = below;
    leaveCeiling = leaveAt;
    bands.push({
      level,
      below: { minor: below, currency: code },
      leaveAt: { minor: leaveAt, currency: code },
    });
  }
  return { currency: code, bands, reference };
}

/**
 * The level for a new balance given the previous one, with hysteresis: a worse level is entered
 * as soon as the balance falls below its edge; a level is left only once the balance reaches its
 * `leaveAt`. So between `below` and `leaveAt` the level stays what it was — no flapping.
 * `recovered` counts as `ok` here; deciding when to report it is the monitor's job.
 */
export function nextBalanceLevel(
  previous: BalanceLevel | null,
  balance: Money,
  resolved: ResolvedBalanceThresholds,
): Exclude<BalanceLevel, 'recovered'> {
  let level: Exclude<BalanceLevel, 'recovered'> = 'ok';
  if (!isMoneyIn(balance, resolved.currency)) return level;
  const held = previous === null ? 0 : SEVERITY[previous];
  for (const band of resolved.bands) {
    const entered = balance.minor < band.below.minor;
    const kept = SEVERITY[band.level] <= held && balance.minor < band.leaveAt.minor;
    if (entered || kept) level = band.level;
  }
  return level;
}
