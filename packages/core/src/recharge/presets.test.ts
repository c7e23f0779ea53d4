import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Money } from '../money/money';
import { suggestPreset } from './presets';

const usd = (minor: number): Money => ({ minor, currency: 'USD' });

describe('suggestPreset', () => {
  it('starts on the smallest preset that covers what the request lacks', () => {
    const presets = [usd(2500), usd(500), usd(1000)];
    expect(suggestPreset(presets, usd(300), usd(700))).toBe(1);
    expect(suggestPreset(presets, usd(0), usd(700))).toBe(2);
    expect(suggestPreset(presets, undefined, usd(1200))).toBe(0);
  });

  it('takes the largest when none is enough, the first when nothing is known', () => {
    expect(suggestPreset([usd(500), usd(1000)], usd(0), usd(99_999))).toBe(1);
    expect(suggestPreset([usd(500), usd(1000)], undefined, undefined)).toBe(0);
    expect(suggestPreset([usd(500)], undefined, { minor: 100, currency: 'EUR' })).toBe(0);
    expect(suggestPreset([], usd(0), usd(100))).toBeUndefined();
  });

  it('always names a preset that exists, and one that covers the need when any does', () => {
    const amount = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 8 }), amount, amount, (minors, has, needs) => {
        const presets = minors.map(usd);
        const index = suggestPreset(presets, usd(has), usd(needs)) ?? -1;
        const chosen = presets[index];
        expect(chosen).toBeDefined();
        const lacking = needs - has;
        const covering = minors.filter((minor) => minor >= lacking);
        if (covering.length) expect(chosen?.minor).toBe(Math.min(...covering));
        else expect(chosen?.minor).toBe(Math.max(...minors));
      }),
    );
  });
});
