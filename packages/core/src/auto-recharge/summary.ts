import { moneyRef } from '../copy/money-ref';
import type { AutoRechargeSettings } from './auto-recharge.types';
import type { AutoRechargeCopyRef, AutoRechargeSummaryKey } from './keys';
import { validateAutoRecharge } from './validate';

/**
 * The summary of what auto-recharge will do, as copy references to render in order, each a whole
 * sentence (clauses joined across keys do not translate):
 * `autoRecharge.summary_target` ({{threshold}}, {{target}}) or `autoRecharge.summary_fixed`
 * ({{threshold}}, {{amount}}), then `autoRecharge.summary_cap` ({{cap}}) when a cap is set;
 * `autoRecharge.summary_off` when off; nothing while the settings do not hold together (the
 * validation messages speak then).
 */
export function autoRechargeSummary(
  settings: AutoRechargeSettings,
): readonly AutoRechargeCopyRef<AutoRechargeSummaryKey>[] {
  if (!settings.enabled) return [{ key: 'autoRecharge.summary_off' }];
  const { threshold, amount, monthlyCap } = settings;
  if (!threshold || !amount || !validateAutoRecharge(settings, { currency: threshold.currency }).valid) {
    return [];
  }
  const parts: AutoRechargeCopyRef<AutoRechargeSummaryKey>[] = [
    settings.method === 'target'
      ? moneyRef('autoRecharge.summary_target', { threshold, target: amount })
      : moneyRef('autoRecharge.summary_fixed', { threshold, amount }),
  ];
  if (monthlyCap != null) parts.push(moneyRef('autoRecharge.summary_cap', { cap: monthlyCap }));
  return parts;
}
