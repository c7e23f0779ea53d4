import type { IntentCountdown } from '@tactful/core';
import { useId } from 'react';
import { useCopy } from '../copy/useCopy';
import { useAnnouncement } from '../hooks/useAnnouncement';
import { useSecondTick } from '../hooks/useSecondTick';
import { Button } from '../primitives/Button';
import { useOptionalTactful } from '../provider/context';
import { withCopy } from '../provider/ready';

export interface RetryCountdownProps {
  /** The view model's countdown: when the retry happens and how long the whole wait is. */
  readonly countdown: IntentCountdown;
  /** Offers "Try now". */
  readonly onRetryNow?: (() => void) | undefined;
  /** Style "Try now" as the primary action (it is, in a waiting banner). */
  readonly primary?: boolean | undefined;
  /**
   * Announce when the wait starts and when the retry begins (default). Off where something else
   * announces the wait already, as `useIntent` does for a banner.
   */
  readonly announce?: boolean | undefined;
  readonly className?: string | undefined;
}

/**
 * The wait before an automatic retry: a sentence and a progress bar that follow the clock once a
 * second, and "Try now". The bar is a `progressbar` with a translated name and its time left as
 * words; it glides between seconds unless motion is reduced. Announced when the wait starts and when
 * it ends, never once a second.
 */
export const RetryCountdown = withCopy(function RetryCountdown({
  countdown,
  onRetryNow,
  primary,
  announce = true,
  className,
}: RetryCountdownProps) {
  const { tr, direction } = useCopy();
  const tactful = useOptionalTactful();
  const textId = useId();
  const { retryAt, totalMs } = countdown;
  useSecondTick(retryAt);
  const left = Math.max(0, retryAt - Date.now());
  const seconds = Math.ceil(left / 1000);
  const done = totalMs > 0 ? Math.min(100, Math.round(((totalMs - left) / totalMs) * 100)) : 100;
  const a11y = (count: number) => tr({ key: countdown.a11yLabel.key, values: { count } });

  const say = announce ? tactful?.announce : undefined;
  useAnnouncement(
    say,
    `${retryAt}:${seconds > 0}`,
    a11y(seconds > 0 ? Math.ceil(totalMs / 1000) : 0),
    'polite',
  );

  return (
    <div
      className={className ? `tactful-countdown ${className}` : 'tactful-countdown'}
      data-state={seconds ? 'waiting' : 'retrying'}
      dir={tactful?.dir ?? direction}
    >
      <p className="tactful-countdown__text" id={textId}>
        {tr(
          seconds
            ? { key: 'states.waiting.countdown', values: { count: seconds } }
            : { key: 'states.waiting.retrying' },
        )}
      </p>
      <div
        aria-label={tr({ key: 'countdown.label' })}
        aria-valuemax={100}
        aria-valuemin={0}
        aria-valuenow={done}
        aria-valuetext={a11y(seconds)}
        className="tactful-countdown__bar"
        role="progressbar"
      >
        <div className="tactful-countdown__fill" style={{ inlineSize: `${done}%` }} />
      </div>
      {onRetryNow ? (
        <Button
          aria-describedby={textId}
          onClick={onRetryNow}
          variant={primary === false ? 'secondary' : 'primary'}
        >
          {tr({ key: 'actions.retry_now' })}
        </Button>
      ) : null}
    </div>
  );
});
