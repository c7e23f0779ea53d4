import {
  type BalanceMonitor,
  type BalanceThresholds,
  type Money,
  type ProblemKind,
  randomId,
} from '@tactful/core';
import { type RechargeRequest, type RechargeSettings, useTactful } from '@tactful/react';
import { useCallback, useEffect, useRef } from 'react';
import { type AppConfig, recharge, type TestCard } from './api';

const times = (price: Money, count: number): Money => ({
  minor: price.minor * count,
  currency: price.currency,
});

/**
 * Warnings measured in tasks: low below three tasks' worth, critical below two, and run out when not
 * even one task is left (a balance of a few cents cannot pay for anything here).
 */
export function balanceThresholds({ taskPrice, recharge: limits }: AppConfig): BalanceThresholds {
  return {
    low: times(taskPrice, 3),
    critical: times(taskPrice, 2),
    depletedAt: { minor: Math.max(0, taskPrice.minor - 1), currency: taskPrice.currency },
    reference: limits.min,
  };
}

/** What the kit's recharge dialog offers: the server's limits, and three amounts to pick from. */
export function rechargeSettings({ currency, recharge: limits }: AppConfig): RechargeSettings {
  const presets = [1, 2, 5]
    .map((factor) => times(limits.min, factor))
    .filter((m) => m.minor <= limits.max.minor);
  return { currency, presets, min: limits.min, max: limits.max };
}

/** Failures after which nobody knows whether the payment went through: the next try keeps its key. */
const UNCERTAIN: readonly ProblemKind[] = ['offline', 'timeout', 'outage', 'overloaded', 'unknown'];

/**
 * The app's checkout, for the kit's dialog: pays with the chosen test card under an Idempotency-Key,
 * so a payment whose answer was lost is never taken twice, and refreshes the balance once paid.
 * What it throws is the card network's answer, classified: the dialog explains a declined card.
 */
export function useCheckout(card: TestCard, refreshBalance: () => unknown) {
  const latest = useRef({ card, refreshBalance });
  latest.current = { card, refreshBalance };
  const key = useRef<string>(undefined);

  return useCallback(async ({ amount }: RechargeRequest) => {
    key.current ??= randomId();
    try {
      await recharge(amount, latest.current.card, key.current);
    } catch (problem) {
      const kind = (problem as { kind?: ProblemKind }).kind;
      if (!kind || !UNCERTAIN.includes(kind)) key.current = undefined;
      throw problem;
    }
    key.current = undefined;
    void latest.current.refreshBalance();
  }, []);
}

/**
 * Funds that arrive any other way — another tab's checkout, an admin, a top-up elsewhere — replay
 * the tasks this tab holds for lack of them, once each (the kit lets only one tab run each).
 */
export function useReplayWhenFunded(monitor: BalanceMonitor): void {
  const { runtime } = useTactful();
  useEffect(
    () =>
      monitor.on('recovered', () =>
        runtime.recovered((intent) => intent.state.problem?.kind === 'insufficient_funds'),
      ),
    [monitor, runtime],
  );
}
