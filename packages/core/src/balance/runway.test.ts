import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BalanceSample } from './balance.types';
import { estimateRunway, recordBalanceSample } from './runway';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = 1_700_000_000_000;

/** A history with every reading kept as its own sample. */
const raw = (points: readonly (readonly [number, number])[]): BalanceSample[] =>
  points.map(([at, minor]) => ({ at, minor, readings: 1 }));

/** A history built the way the monitor builds it. */
function recorded(points: readonly (readonly [number, number])[], options = {}) {
  let samples: readonly BalanceSample[] = [];
  for (const [at, minor] of points) samples = recordBalanceSample(samples, at, minor, options);
  return samples;
}

describe('estimateRunway', () => {
  it('says why it cannot estimate yet', () => {
    expect(estimateRunway([], 'USD')).toEqual({ status: 'unknown', reason: 'no_balance' });
    expect(
      estimateRunway(
        raw([
          [T0, 5_000],
          [T0 + 3 * HOUR, 4_000],
        ]),
        'USD',
      ),
    ).toEqual({
      status: 'unknown',
      reason: 'too_few_samples',
    });
    expect(
      estimateRunway(
        raw([
          [T0, 5_000],
          [T0 + 30 * MINUTE, 4_900],
          [T0 + HOUR, 4_800],
        ]),
        'USD',
      ),
    ).toEqual({ status: 'unknown', reason: 'span_too_short' });
  });

  it('estimates days left from spend over time', () => {
    // 100 cents an hour for three hours, 2,400 cents left: one day.
    const runway = estimateRunway(
      raw([
        [T0, 2_700],
        [T0 + HOUR, 2_600],
        [T0 + 2 * HOUR, 2_500],
        [T0 + 3 * HOUR, 2_400],
      ]),
      'USD',
    );
    expect(runway).toEqual({
      status: 'estimate',
      days: 1,
      runsOutAt: T0 + 3 * HOUR + DAY,
      burnPerDay: { minor: 2_400, currency: 'USD' },
      basedOnMs: 3 * HOUR,
      readings: 4,
    });
  });

  it('says nothing is being spent rather than inventing a runway', () => {
    expect(
      estimateRunway(
        raw([
          [T0, 900],
          [T0 + 2 * HOUR, 900],
          [T0 + 4 * HOUR, 900],
        ]),
        'USD',
      ),
    ).toEqual({
      status: 'not_burning',
    });
  });

  it('leaves out a stretch with a top-up instead of counting it as negative spend', () => {
    const runway = estimateRunway(
      raw([
        [T0, 2_000],
        [T0 + HOUR, 1_900],
        [T0 + 2 * HOUR, 6_000], // a top-up of some amount, with unknown spend around it
        [T0 + 3 * HOUR, 5_900],
        [T0 + 4 * HOUR, 5_800],
      ]),
      'USD',
    );
    expect(runway).toMatchObject({ status: 'estimate', basedOnMs: 3 * HOUR, days: 5_800 / 2_400 });
  });

  it('counts a long gap at its real length, so sparse sampling does not skew the rate', () => {
    const runway = estimateRunway(
      raw([
        [T0, 10_000],
        [T0 + MINUTE, 9_999],
        [T0 + 10 * HOUR, 9_400],
        [T0 + 10 * HOUR + 5 * MINUTE, 9_395],
      ]),
      'USD',
    );
    expect(runway).toMatchObject({ status: 'estimate', burnPerDay: { minor: 1_440 } });
  });

  it('runs out at depletedAt, and reports zero days once there', () => {
    const points = [
      [T0, 2_700],
      [T0 + HOUR, 2_600],
      [T0 + 2 * HOUR, 2_500],
      [T0 + 3 * HOUR, 2_400],
    ] as const;
    expect(
      estimateRunway(raw(points), 'USD', { depletedAt: { minor: 1_200, currency: 'USD' } }),
    ).toMatchObject({
      days: 0.5,
    });
    expect(
      estimateRunway(raw(points), 'USD', { depletedAt: { minor: 3_000, currency: 'USD' } }),
    ).toMatchObject({
      days: 0,
      runsOutAt: T0 + 3 * HOUR,
    });
  });

  it('honours its tuning', () => {
    const points = raw([
      [T0, 2_000],
      [T0 + 10 * MINUTE, 1_990],
    ]);
    expect(estimateRunway(points, 'USD', { minReadings: 2, minSpanMs: 5 * MINUTE })).toMatchObject({
      status: 'estimate',
    });
  });
});

describe('recordBalanceSample', () => {
  it('ignores readings older than the latest, and replaces one at the same moment', () => {
    const samples = recorded([
      [T0, 500],
      [T0 + HOUR, 400],
    ]);
    expect(recordBalanceSample(samples, T0 + 30 * MINUTE, 450)).toBe(samples);
    expect(recordBalanceSample(samples, Number.NaN, 450)).toBe(samples);
    expect(recordBalanceSample(samples, T0 + HOUR, 390).at(-1)).toEqual({
      at: T0 + HOUR,
      minor: 390,
      readings: 1,
    });
  });

  it('merges close readings in a run of spending without losing spend, but never across a top-up', () => {
    const samples = recorded([
      [T0, 1_000],
      [T0 + MINUTE, 990],
      [T0 + 2 * MINUTE, 980],
      [T0 + 3 * MINUTE, 970],
      [T0 + 4 * MINUTE, 5_000],
      [T0 + 5 * MINUTE, 4_990],
    ]);
    expect(samples).toEqual([
      { at: T0, minor: 1_000, readings: 1 },
      { at: T0 + 3 * MINUTE, minor: 970, readings: 3 },
      { at: T0 + 4 * MINUTE, minor: 5_000, readings: 1 },
      { at: T0 + 5 * MINUTE, minor: 4_990, readings: 1 },
    ]);
  });

  it('forgets samples older than the window and keeps at most maxSamples', () => {
    const points = Array.from(
      { length: 30 },
      (_, i) => [T0 + i * HOUR, 10_000 - i * (i % 2 ? 1 : -50)] as const,
    );
    const windowed = recorded(points, { windowMs: 10 * HOUR });
    expect(windowed[0]?.at).toBe(T0 + 19 * HOUR);
    const capped = recorded(points, { maxSamples: 5 });
    expect(capped).toHaveLength(5);
    expect(capped.at(-1)?.at).toBe(T0 + 29 * HOUR);
  });

  it('merging never changes the estimate (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 * HOUR }), fc.integer({ min: -200, max: 40 })), {
          minLength: 1,
          maxLength: 120,
        }),
        (steps) => {
          let at = T0;
          let minor = 100_000;
          const points: [number, number][] = [[at, minor]];
          for (const [gap, change] of steps) {
            at += gap;
            minor += change;
            points.push([at, minor]);
          }
          const options = { windowMs: 365 * DAY, maxSamples: 50 };
          const merged = recorded(points, options);
          const full = recorded(points, { windowMs: 365 * DAY, maxSamples: 100_000 });
          fc.pre(merged[0]?.at === T0); // nothing dropped by the cap
          expect(merged.length).toBeLessThanOrEqual(full.length);
          const [a, b] = [estimateRunway(merged, 'USD'), estimateRunway(full, 'USD')];
          if (a.status === 'estimate' && b.status === 'estimate') {
            expect(a.days).toBeCloseTo(b.days, 6);
            expect(a.basedOnMs).toBe(b.basedOnMs);
          } else {
            expect(a).toEqual(b);
          }
        },
      ),
    );
  });
});

/*
 * Steady burn, as real billing produces it:
 * - a steady rate r, from 1 minor unit a minute ($14.40 a day in USD) to about $20,000 a day;
 * - usage posted late and in batches: the balance trails the steady line by up to 5 minutes' spend,
 *   never rising because of it;
 * - balances in whole minor units;
 * - irregular sampling: 15 s polls, idle minutes, a hidden tab for up to 4 hours;
 * - top-ups of random size at random moments, at least 6 hours apart, each worth at least 0.2 days
 *   of spend — more than is spent between two readings. (A top-up smaller than the spend between
 *   two readings leaves the balance lower than before: no estimator can tell it from light use.)
 * The true runway is the latest balance over r. Every time the estimator gives an estimate, it
 * must be within 10 % of it. (Over 20,000 runs, ~120,000 estimates, the worst seen was 6.1 %.)
 */
const steadyBurnArb = fc.record({
  perDay: fc.integer({ min: 1_440, max: 2_000_000 }),
  startDays: fc.double({ min: 0.5, max: 60, noNaN: true }),
  steps: fc.array(
    fc.record({
      gap: fc.oneof(
        fc.integer({ min: 15_000, max: 10 * MINUTE }),
        fc.integer({ min: 10 * MINUTE, max: HOUR }),
        fc.integer({ min: HOUR, max: 4 * HOUR }),
      ),
      lag: fc.double({ min: 0, max: 1, noNaN: true }),
      topUp: fc.option(fc.double({ min: 0.2, max: 10, noNaN: true }), { freq: 6, nil: undefined }),
    }),
    { minLength: 3, maxLength: 150 },
  ),
});

describe('runway accuracy (property)', () => {
  it('is within 10 % of the true runway on steady burn series, whenever it gives an estimate', () => {
    let estimates = 0;
    let seriesWithEstimates = 0;
    fc.assert(
      fc.property(steadyBurnArb, ({ perDay, startDays, steps }) => {
        const before = estimates;
        const perMs = perDay / DAY;
        const maxLag = 5 * MINUTE * perMs;
        const duration = steps.reduce((sum, step) => sum + step.gap, 0);
        // Enough to last the whole series and then `startDays` more, so the true runway stays positive.
        const start = perMs * duration + perDay * startDays;
        let at = T0;
        let used = 0;
        let toppedUp = 0;
        let lastTopUp = Number.NEGATIVE_INFINITY;
        let samples: readonly BalanceSample[] = [];
        for (const step of steps) {
          at += step.gap;
          used = Math.max(used, perMs * (at - T0) - step.lag * maxLag);
          if (step.topUp !== undefined && at - lastTopUp >= 6 * HOUR) {
            toppedUp += step.topUp * perDay;
            lastTopUp = at;
          }
          const balance = Math.round(start + toppedUp - used);
          samples = recordBalanceSample(samples, at, balance);
          const runway = estimateRunway(samples, 'USD');
          if (runway.status === 'estimate') {
            estimates++;
            const trueDays = balance / perDay;
            expect(Math.abs(runway.days - trueDays)).toBeLessThanOrEqual(0.1 * trueDays);
          } else {
            expect(runway.status).toBe('unknown');
          }
        }
        if (estimates > before) seriesWithEstimates++;
      }),
      { numRuns: 300 },
    );
    // Not vacuous: many series gather enough data for estimates, and those are checked at every step.
    expect(seriesWithEstimates).toBeGreaterThan(100);
  });
});
