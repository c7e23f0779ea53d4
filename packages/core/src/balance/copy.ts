import type { Tone } from '../copy/keys';
import { moneyRef } from '../copy/money-ref';
import type { Money } from '../money/money';
import type { BalanceSnapshot, BalanceWarningLevel } from './balance.types';

/** The balance copy keys without plural forms (all in the `tactful` namespace). */
export const BALANCE_COPY_KEYS = [
  'balance.low.title',
  'balance.low.body',
  'balance.critical.title',
  'balance.critical.body',
  'balance.depleted.title',
  'balance.depleted.body',
  'balance.recovered.title',
  'balance.recovered.body',
  'balance.runway_under_day',
  'balance.runway_unknown',
  'balance.as_of',
  'balance.meter_label',
  'balance.threshold_marker',
  'balance.set_up_auto_recharge',
] as const;

/** Balance keys that take {{count}}, so English has them as `_one` and `_other`. */
export const BALANCE_PLURAL_COPY_KEYS = ['balance.runway'] as const;

export type BalanceCopyKey = (typeof BALANCE_COPY_KEYS)[number] | (typeof BALANCE_PLURAL_COPY_KEYS)[number];

/**
 * A message to render with i18next: `t(key, { ...values, formatParams })`. Money values are
 * major-unit numbers with their currency in `formatParams` (`{{balance, currency}}`); dates are
 * epoch ms (`{{asOf, datetime}}`).
 */
export interface BalanceCopyRef<K extends string = BalanceCopyKey> {
  readonly key: K;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly formatParams?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** One threshold to mark on a balance meter. */
export interface BalanceThresholdMarker {
  readonly level: 'low' | 'critical';
  /** The balance below which this level begins. */
  readonly at: Money;
  /** `balance.threshold_marker` with {{amount, currency}}. */
  readonly label: BalanceCopyRef<'balance.threshold_marker'>;
}

/** Everything a balance component says, as copy references. */
export interface BalanceCopy {
  /**
   * The banner for `low`, `critical`, `depleted` or `recovered`; null when the balance is fine or
   * not known yet. Title without values; body with {{balance, currency}}.
   */
  readonly banner: {
    readonly level: BalanceWarningLevel | 'recovered';
    /** warning for low and critical, critical for depleted, success for recovered. */
    readonly tone: Tone;
    readonly title: BalanceCopyRef;
    readonly body: BalanceCopyRef;
  } | null;
  /**
   * `balance.runway` ({{count}} whole days, rounded down: "about 3 days" never over-promises),
   * `balance.runway_under_day`, or `balance.runway_unknown` while there is too little data; null
   * when nothing is being spent, when there is no balance, or when it has run out.
   */
  readonly runway: BalanceCopyRef | null;
  /**
   * `balance.as_of` with {{asOf, datetime}} as epoch ms; null before the first reading. The date
   * and time style belong to the string (`datetime(dateStyle: medium; timeStyle: short)`), so each
   * language can choose it.
   */
  readonly asOf: BalanceCopyRef | null;
  /** The meter's accessible name; {{balance, currency}} once a balance is known. */
  readonly meterLabel: BalanceCopyRef;
  /** Low and critical thresholds, for the meter. */
  readonly thresholdMarkers: readonly BalanceThresholdMarker[];
  /**
   * "Set up auto-recharge", offered on a warning level when the app says auto-recharge is off;
   * null otherwise (and whenever the app did not say).
   */
  readonly setUpAutoRecharge: BalanceCopyRef | null;
}

const TONE: Record<BalanceWarningLevel | 'recovered', Tone> = {
  low: 'warning',
  critical: 'warning',
  depleted: 'critical',
  recovered: 'success',
};

/**
 * Maps a monitor snapshot to the copy its components show, so that they stay thin and the balance
 * in the message is the very figure the meter shows.
 */
export function balanceCopy(
  snapshot: BalanceSnapshot,
  context: { readonly autoRechargeEnabled?: boolean } = {},
): BalanceCopy {
  const { balance, level, runway } = snapshot;
  const bannerLevel = level === 'ok' || level === null || !balance ? null : level;
  let runwayRef: BalanceCopyRef | null = null;
  if (balance && level !== 'depleted') {
    if (runway.status === 'estimate') {
      runwayRef =
        runway.days < 1
          ? { key: 'balance.runway_under_day' }
          : { key: 'balance.runway', values: { count: Math.floor(runway.days) } };
    } else if (runway.status === 'unknown') {
      runwayRef = { key: 'balance.runway_unknown' };
    }
  }
  return {
    banner: bannerLevel && {
      level: bannerLevel,
      tone: TONE[bannerLevel],
      title: { key: `balance.${bannerLevel}.title` },
      body: moneyRef(`balance.${bannerLevel}.body` as const, { balance: balance as Money }),
    },
    runway: runwayRef,
    asOf: snapshot.asOf === null ? null : { key: 'balance.as_of', values: { asOf: snapshot.asOf } },
    meterLabel: balance ? moneyRef('balance.meter_label', { balance }) : { key: 'balance.meter_label' },
    thresholdMarkers: (snapshot.thresholds?.bands ?? []).flatMap((band) =>
      band.level === 'depleted'
        ? []
        : [
            {
              level: band.level,
              at: band.below,
              label: moneyRef('balance.threshold_marker', { amount: band.below }),
            },
          ],
    ),
    setUpAutoRecharge:
      context.autoRechargeEnabled === false && bannerLevel && bannerLevel !== 'recovered'
        ? { key: 'balance.set_up_auto_recharge' }
        : null,
  };
}
