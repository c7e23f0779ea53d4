import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../money/money';
import type {
  BalanceHysteresis,
  BalanceLevel,
  BalanceThresholds,
  ResolvedBalanceThresholds,
} from './balance.types';
import { nextBalanceLevel, resolveBalanceThresholds } from './levels';

const usd = (major: number) => money(major, 'USD');
const cents = (minor: number) => ({ minor, currency: 'USD' });
const SEVERITY: Record<BalanceLevel, number> = { ok: 0, recovered: 0, low: 1, critical: 2, depleted: 3 };

/** Levels for a series of balances, each from the previous one, as a monitor evaluates them. */
function levelsOf(minors: readonly number[], resolved: ResolvedBalanceThresholds) {
  const levels: BalanceLevel[] = [];
  let previous: BalanceLevel | null = null;
  for (const minor of minors) {
    previous = nextBalanceLevel(previous, cents(minor), resolved);
    levels.push(previous);
  }
  return levels;
}

describe('resolveBalanceThresholds', () => {
  it('turns amounts and percentages of a reference into bands with a hysteresis edge', () => {
    const resolved = resolveBalanceThresholds(
      { low: { percent: 20 }, critical: usd(2), reference: usd(50) },
      'usd',
      { percent: 10 },
    );
    expect(resolved.currency).toBe('USD');
    expect(resolved.reference).toEqual(usd(50));
    expect(resolved.bands).toEqual([
      { level: 'low', below: cents(1000), leaveAt: cents(1100) },
      { level: 'critical', below: cents(200), leaveAt: cents(220) },
      { level: 'depleted', below: cents(1), leaveAt: cents(1) },
    ]);
  });

  it('takes an absolute band and a depletedAt other than zero', () => {
    const resolved = resolveBalanceThresholds({ low: usd(10), depletedAt: usd(-5) }, 'USD', usd(1));
    expect(resolved.bands).toEqual([
      { level: 'low', below: cents(1000), leaveAt: cents(1100) },
      { level: 'depleted', below: cents(-499), leaveAt: cents(-399) },
    ]);
  });

  it('leaves out what cannot be resolved instead of guessing', () => {
    const noReference = resolveBalanceThresholds({ low: { percent: 20 }, critical: usd(2) }, 'USD');
    expect(noReference.bands.map((band) => band.level)).toEqual(['critical', 'depleted']);
    const otherCurrency = resolveBalanceThresholds(
      { low: money(10, 'EUR'), reference: money(50, 'EUR') },
      'USD',
    );
    expect(otherCurrency.bands.map((band) => band.level)).toEqual(['depleted']);
    expect(otherCurrency.reference).toBeNull();
    const notANumber = resolveBalanceThresholds({ low: cents(Number.NaN) }, 'USD');
    expect(notANumber.bands.map((band) => band.level)).toEqual(['depleted']);
  });

  it('clamps thresholds given out of order so that worse levels sit below better ones', () => {
    const resolved = resolveBalanceThresholds({ low: usd(5), critical: usd(8), depletedAt: usd(20) }, 'USD');
    const [low, critical, depleted] = resolved.bands;
    expect(critical?.below.minor).toBe(500);
    expect(depleted?.below.minor).toBe(500);
    expect(critical?.leaveAt.minor).toBeLessThanOrEqual(low?.leaveAt.minor ?? 0);
    expect(depleted?.leaveAt.minor).toBeLessThanOrEqual(critical?.leaveAt.minor ?? 0);
  });
});

describe('nextBalanceLevel', () => {
  const resolved = resolveBalanceThresholds({ low: usd(10), critical: usd(2) }, 'USD', { percent: 10 });

  it('enters a level strictly below its threshold, and depleted at zero', () => {
    expect(nextBalanceLevel(null, cents(1000), resolved)).toBe('ok');
    expect(nextBalanceLevel(null, cents(999), resolved)).toBe('low');
    expect(nextBalanceLevel(null, cents(199), resolved)).toBe('critical');
    expect(nextBalanceLevel(null, cents(1), resolved)).toBe('critical');
    expect(nextBalanceLevel(null, cents(0), resolved)).toBe('depleted');
    expect(nextBalanceLevel(null, cents(-300), resolved)).toBe('depleted');
  });

  it('stays in a level until the balance reaches the top of its band', () => {
    expect(levelsOf([1200, 990, 1050, 1099, 1000, 1100], resolved)).toEqual([
      'ok',
      'low',
      'low',
      'low',
      'low',
      'ok',
    ]);
    expect(levelsOf([0, 1, 150, 210, 219, 220, 1099, 1100], resolved)).toEqual([
      'depleted',
      'critical',
      'critical',
      'critical',
      'critical',
      'low',
      'low',
      'ok',
    ]);
  });

  it('jumps straight to the level a balance reaches, both ways', () => {
    expect(levelsOf([5000, 0, 5000], resolved)).toEqual(['ok', 'depleted', 'ok']);
  });

  it('treats recovered as ok and a balance in another currency as outside every threshold', () => {
    expect(nextBalanceLevel('recovered', cents(1050), resolved)).toBe('ok');
    expect(nextBalanceLevel('low', money(1, 'EUR'), resolved)).toBe('ok');
  });
});

const thresholdsArb = fc
  .record({
    low: fc.integer({ min: -1_000, max: 100_000 }),
    critical: fc.option(fc.integer({ min: -1_000, max: 100_000 }), { nil: undefined }),
    depletedAt: fc.option(fc.integer({ min: -1_000, max: 1_000 }), { nil: undefined }),
    hysteresis: fc.oneof(
      fc.integer({ min: 0, max: 50 }).map((percent): BalanceHysteresis => ({ percent })),
      fc.integer({ min: 0, max: 5_000 }).map((minor): BalanceHysteresis => cents(minor)),
    ),
  })
  .map(({ low, critical, depletedAt, hysteresis }) => {
    const thresholds: BalanceThresholds = {
      low: cents(low),
      ...(critical === undefined ? {} : { critical: cents(critical) }),
      ...(depletedAt === undefined ? {} : { depletedAt: cents(depletedAt) }),
    };
    return resolveBalanceThresholds(thresholds, 'USD', hysteresis);
  });

/** Balances that hover around the edges (where flapping would happen) as well as anywhere. */
const seriesArb = (resolved: ResolvedBalanceThresholds) => {
  const edges = resolved.bands.flatMap((band) => [band.below.minor, band.leaveAt.minor]);
  const near = fc
    .tuple(fc.constantFrom(...edges), fc.integer({ min: -30, max: 30 }))
    .map(([edge, offset]) => edge + offset);
  return fc.array(fc.oneof(near, fc.integer({ min: -2_000, max: 120_000 })), { minLength: 1, maxLength: 80 });
};

describe('hysteresis properties', () => {
  /*
   * Flapping, defined: a level change without the balance crossing a band edge. So a change to a
   * worse level must have the balance below that level's threshold, and a change to a better level
   * must have it at or above the `leaveAt` edge of the level it leaves (and of every level between).
   */
  it('changes level only when the balance crosses a band edge', () => {
    fc.assert(
      fc.property(
        thresholdsArb.chain((resolved) => fc.tuple(fc.constant(resolved), seriesArb(resolved))),
        ([resolved, minors]) => {
          const levels = levelsOf(minors, resolved);
          const band = (level: BalanceLevel) => resolved.bands.find((b) => b.level === level);
          for (let i = 1; i < minors.length; i++) {
            const [from, to, balance] = [
              levels[i - 1] as BalanceLevel,
              levels[i] as BalanceLevel,
              minors[i] as number,
            ];
            if (SEVERITY[to] > SEVERITY[from]) {
              expect(balance).toBeLessThan(band(to)?.below.minor ?? Number.NEGATIVE_INFINITY);
            }
            if (SEVERITY[to] < SEVERITY[from]) {
              for (const left of resolved.bands) {
                if (SEVERITY[left.level] > SEVERITY[to] && SEVERITY[left.level] <= SEVERITY[from]) {
                  expect(balance).toBeGreaterThanOrEqual(left.leaveAt.minor);
                }
              }
            }
          }
        },
      ),
    );
  });

  it('never changes level while the balance stays inside the band it entered', () => {
    fc.assert(
      fc.property(
        thresholdsArb.chain((resolved) =>
          fc.constantFrom(...resolved.bands).chain((band) => {
            // Enter from just below a threshold; the level entered may be a worse one sharing that threshold.
            const entered = nextBalanceLevel(null, cents(band.below.minor - 1), resolved);
            const own = resolved.bands.find((b) => b.level === entered) ?? band;
            return fc.tuple(
              fc.constant(resolved),
              fc.constant(own),
              fc.array(
                fc.integer({ min: own.below.minor, max: Math.max(own.below.minor, own.leaveAt.minor - 1) }),
                {
                  minLength: 1,
                  maxLength: 60,
                },
              ),
            );
          }),
        ),
        ([resolved, band, hovering]) => {
          fc.pre(band.leaveAt.minor > band.below.minor);
          let level: BalanceLevel = nextBalanceLevel(null, cents(band.below.minor - 1), resolved);
          expect(level).toBe(band.level);
          for (const minor of hovering) {
            const next = nextBalanceLevel(level, cents(minor), resolved);
            expect(next).toBe(band.level);
            level = next;
          }
        },
      ),
    );
  });

  it('outside every band, agrees with a reading that has no history', () => {
    fc.assert(
      fc.property(
        thresholdsArb.chain((resolved) => fc.tuple(fc.constant(resolved), seriesArb(resolved))),
        ([resolved, minors]) => {
          const levels = levelsOf(minors, resolved);
          minors.forEach((minor, i) => {
            const inABand = resolved.bands.some((b) => minor >= b.below.minor && minor < b.leaveAt.minor);
            if (!inABand) expect(levels[i]).toBe(nextBalanceLevel(null, cents(minor), resolved));
          });
        },
      ),
    );
  });
});
