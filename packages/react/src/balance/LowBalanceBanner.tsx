import { type BalanceSnapshot, balanceCopy } from '@tactful/core';
import { useId } from 'react';
import { useCopy } from '../copy/useCopy';
import { ToneIcon } from '../primitives/ToneIcon';
import { Action } from './action';

export interface LowBalanceBannerProps {
  /** What the balance monitor knows: `useBalance()`'s result, or a snapshot the app keeps. */
  readonly snapshot: BalanceSnapshot;
  /**
   * Whether auto-recharge is on. When false, a warning offers "Set up auto-recharge"; when not
   * given, the banner does not guess.
   */
  readonly autoRechargeEnabled?: boolean;
  readonly onRecharge?: () => void;
  readonly rechargeHref?: string;
  readonly onSetUpAutoRecharge?: () => void;
  readonly setUpAutoRechargeHref?: string;
  readonly className?: string;
}

/**
 * Warns before the balance runs out (low, critical), says when it has (depleted) and when it is back
 * (recovered): the balance, the runway, when the figure dates from, and the way to top up. Nothing
 * while the balance is fine or not known. A labelled region that never takes focus.
 */
export function LowBalanceBanner({
  snapshot,
  autoRechargeEnabled,
  onRecharge,
  rechargeHref,
  onSetUpAutoRecharge,
  setUpAutoRechargeHref,
  className,
}: LowBalanceBannerProps) {
  const { tr } = useCopy();
  const titleId = useId();
  const copy = balanceCopy(snapshot, autoRechargeEnabled === undefined ? {} : { autoRechargeEnabled });
  const { banner } = copy;
  if (!banner) return null;
  const warning = banner.level !== 'recovered';
  const setUp = copy.setUpAutoRecharge;
  return (
    <section
      aria-labelledby={titleId}
      className={`tactful-banner tactful-low-balance${className ? ` ${className}` : ''}`}
      data-level={banner.level}
      data-tone={banner.tone}
    >
      <ToneIcon className="tactful-banner__icon" tone={banner.tone} />
      <div className="tactful-banner__content">
        <h2 className="tactful-banner__title" id={titleId}>
          {tr(banner.title)}
        </h2>
        <div className="tactful-banner__body">
          <p className="tactful-low-balance__text">{tr(banner.body)}</p>
          {copy.runway ? <p className="tactful-low-balance__runway">{tr(copy.runway)}</p> : null}
          {copy.asOf ? <p className="tactful-low-balance__as-of">{tr(copy.asOf)}</p> : null}
        </div>
        {warning ? (
          <div className="tactful-banner__actions">
            <Action href={rechargeHref} onClick={onRecharge} variant="primary">
              {tr({ key: 'actions.add_funds' })}
            </Action>
            {setUp ? (
              <Action href={setUpAutoRechargeHref} onClick={onSetUpAutoRecharge} variant="secondary">
                {tr(setUp)}
              </Action>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
