import { type ActionId, type BalanceSnapshot, balanceCopy } from '@tactful/core';
import { Banner } from '../banner/Banner';
import { useCopy } from '../copy/useCopy';
import { useAnnouncement } from '../hooks/useAnnouncement';
import { useOptionalTactful } from '../provider/context';
import { withCopy } from '../provider/ready';
import { Action } from './action';

export interface LowBalanceBannerProps {
  /** What the balance monitor knows: `useBalance()`'s result, or a snapshot the app keeps. */
  readonly snapshot: BalanceSnapshot;
  /**
   * Whether auto-recharge is on. When false, a warning offers "Set up auto-recharge"; when not
   * given, the banner does not guess.
   */
  readonly autoRechargeEnabled?: boolean | undefined;
  /** Adds funds; without it (or `rechargeHref`) the provider's recharge setup is used. */
  readonly onRecharge?: (() => void) | undefined;
  readonly rechargeHref?: string | undefined;
  readonly onSetUpAutoRecharge?: (() => void) | undefined;
  readonly setUpAutoRechargeHref?: string | undefined;
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  readonly className?: string | undefined;
}

/**
 * Warns before the balance runs out (low, critical), says when it has (depleted) and when it is back
 * (recovered): the balance, the runway, when the figure dates from, and the way to top up — or to ask
 * an admin, for someone the provider says cannot manage billing. Nothing while the balance is fine or
 * not known. Named by its title and the sentence with the balance, so it differs from a task's banner
 * with the same title. Never takes focus; each new level is announced politely through the provider.
 */
export const LowBalanceBanner = withCopy(function LowBalanceBanner({
  snapshot,
  autoRechargeEnabled,
  onRecharge,
  rechargeHref,
  onSetUpAutoRecharge,
  setUpAutoRechargeHref,
  headingLevel,
  className,
}: LowBalanceBannerProps) {
  const { tr, direction } = useCopy();
  const tactful = useOptionalTactful();
  const copy = balanceCopy(snapshot, autoRechargeEnabled === undefined ? {} : { autoRechargeEnabled });
  const { banner } = copy;
  const title = banner ? tr(banner.title) : undefined;
  const body = banner ? tr(banner.body) : undefined;
  useAnnouncement(tactful?.announce, banner?.level, title && body && `${title} ${body}`, 'polite');
  if (!banner) return null;

  const own = !!(onRecharge || rechargeHref);
  const admin = !own && tactful?.canManageBilling === false;
  const action: ActionId = admin ? 'ask_admin' : 'add_funds';
  const canProvide = !own && tactful?.canPerform(action, 'insufficient_funds', undefined);
  const warning = banner.level !== 'recovered';
  return (
    <Banner
      actions={
        warning ? (
          <>
            <Action
              href={rechargeHref ?? (canProvide ? tactful?.hrefFor(action) : undefined)}
              onClick={
                onRecharge ??
                (canProvide ? () => tactful?.perform(action, undefined, 'insufficient_funds') : undefined)
              }
              variant="primary"
            >
              {tr({ key: `actions.${action}` })}
            </Action>
            {copy.setUpAutoRecharge && !admin ? (
              <Action href={setUpAutoRechargeHref} onClick={onSetUpAutoRecharge} variant="secondary">
                {tr(copy.setUpAutoRecharge)}
              </Action>
            ) : null}
          </>
        ) : null
      }
      className={className ? `tactful-low-balance ${className}` : 'tactful-low-balance'}
      dir={direction}
      headingLevel={headingLevel}
      lead={body}
      state={banner.level}
      title={title}
      tone={banner.tone}
      toneLabel={tr({ key: `tones.${banner.tone}` })}
    >
      {copy.runway ? <p className="tactful-low-balance__runway">{tr(copy.runway)}</p> : null}
      {copy.asOf ? <p className="tactful-low-balance__as-of">{tr(copy.asOf)}</p> : null}
    </Banner>
  );
});
