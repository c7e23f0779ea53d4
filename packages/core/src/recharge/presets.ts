import type { Money } from '../money/money';

/**
 * The preset to start on: the smallest that covers what the request still lacks (what it needs less
 * what the account holds), else the largest; the first when nothing is known.
 */
export function suggestPreset(
  presets: readonly Money[],
  balance: Money | undefined,
  needed: Money | undefined,
): number | undefined {
  if (presets.length === 0) return undefined;
  const currency = presets[0]?.currency;
  if (!needed || needed.currency !== currency) return 0;
  const lacking = needed.minor - (balance && balance.currency === currency ? Math.max(balance.minor, 0) : 0);
  let best: number | undefined;
  let largest = 0;
  presets.forEach((preset, index) => {
    if (preset.minor >= lacking && (best === undefined || preset.minor < (presets[best]?.minor ?? 0)))
      best = index;
    if (preset.minor > (presets[largest]?.minor ?? 0)) largest = index;
  });
  return best ?? largest;
}
