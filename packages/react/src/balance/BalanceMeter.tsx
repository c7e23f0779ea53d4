import { type BalanceSnapshot, balanceCopy, formatMoney, type Money, toMajor } from '@tactful/core';
import { type CSSProperties, useId } from 'react';
import { useCopy } from '../copy/useCopy';
import { ToneIcon } from '../primitives/ToneIcon';
import { withCopy } from '../provider/ready';

export interface BalanceMeterProps {
  readonly snapshot: BalanceSnapshot;
  /**
   * The full end of the meter, in the balance's currency. The thresholds' reference (the usual
   * top-up or auto-recharge target) by default, else twice the highest threshold; never below the
   * balance itself.
   */
  readonly max?: Money | undefined;
  readonly className?: string | undefined;
}

const percent = (minor: number, max: number) => `${Math.min(100, Math.max(0, (minor / max) * 100))}%`;

/**
 * The balance as a `meter` (empty at zero), with the low and critical thresholds marked on it and
 * listed by name beside it. The level shows as an icon and words, never as colour alone. Nothing
 * until a balance is known.
 */
export const BalanceMeter = withCopy(function BalanceMeter({ snapshot, max, className }: BalanceMeterProps) {
  const { tr, language } = useCopy();
  const labelId = useId();
  const { balance } = snapshot;
  if (!balance) return null;
  const copy = balanceCopy(snapshot);
  const markers = copy.thresholdMarkers;
  const reference = max?.currency === balance.currency ? max : snapshot.thresholds?.reference;
  const highest = Math.max(0, ...markers.map((marker) => marker.at.minor));
  const fullMinor = Math.max(reference?.minor ?? highest * 2, balance.minor, 1);
  const full: Money = { minor: fullMinor, currency: balance.currency };
  const now = Math.min(Math.max(balance.minor, 0), fullMinor);
  const level = copy.banner;
  return (
    <div
      className={`tactful-balance-meter${className ? ` ${className}` : ''}`}
      data-level={snapshot.level ?? undefined}
      data-tone={level?.tone}
    >
      <div className="tactful-balance-meter__header">
        <span className="tactful-balance-meter__label" id={labelId}>
          {tr(copy.meterLabel)}
        </span>
        <span className="tactful-balance-meter__value">{formatMoney(balance, language)}</span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: the threshold marks sit on the bar, and <meter> draws its own bar with no room for them */}
      <div
        aria-labelledby={labelId}
        aria-valuemax={toMajor(full)}
        aria-valuemin={0}
        aria-valuenow={toMajor({ minor: now, currency: balance.currency })}
        aria-valuetext={tr({
          key: 'amounts.balance',
          values: { balance: toMajor(balance) },
          formatParams: { balance: { currency: balance.currency } },
        })}
        className="tactful-balance-meter__track"
        role="meter"
        style={{ '--tactful-meter-value': percent(now, fullMinor) } as CSSProperties}
      >
        <div className="tactful-balance-meter__fill" />
        {markers.map((marker) => (
          <div
            className="tactful-balance-meter__tick"
            data-level={marker.level}
            key={marker.level}
            style={{ '--tactful-meter-at': percent(marker.at.minor, fullMinor) } as CSSProperties}
          />
        ))}
      </div>
      {markers.length > 0 ? (
        <ul className="tactful-balance-meter__thresholds">
          {markers.map((marker) => (
            <li className="tactful-balance-meter__threshold" data-level={marker.level} key={marker.level}>
              {tr(marker.label)}
            </li>
          ))}
        </ul>
      ) : null}
      {level ? (
        <p className="tactful-balance-meter__status">
          <ToneIcon className="tactful-balance-meter__icon" tone={level.tone} />
          {tr(level.title)}
        </p>
      ) : null}
      {copy.asOf ? <p className="tactful-balance-meter__as-of">{tr(copy.asOf)}</p> : null}
    </div>
  );
});
