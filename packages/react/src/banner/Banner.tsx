import type { Tone } from '@tactful/core';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { ToneIcon } from '../primitives/ToneIcon';

export interface BannerProps {
  readonly tone: Tone;
  /** The tone in words ("Important"), so it is never carried by colour and shape alone. */
  readonly toneLabel: string;
  readonly title: ReactNode;
  /**
   * The body's first sentence, shown first. With the title it names the region, so banners that share
   * a title (two tasks stopped by the same empty balance, a task's offline banner beside the page's)
   * are still told apart in a screen reader's list of landmarks. One sentence, to keep that list short.
   */
  readonly lead?: ReactNode;
  /** The rest of the body: sentences, a countdown, an offer. */
  readonly children?: ReactNode;
  /** Buttons and links, the primary one first. */
  readonly actions?: ReactNode;
  /** Offered (as a button and the Escape key) only with `dismissLabel`, the button's translated name. */
  readonly onDismiss?: (() => void) | undefined;
  readonly dismissLabel?: string | undefined;
  /**
   * `'action'` when `actions` already hold a visible dismiss button (dismissing is the primary action):
   * no × beside it then. Escape dismisses either way.
   */
  readonly dismissAs?: 'icon' | 'action' | undefined;
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
  readonly className?: string | undefined;
  /** As `data-state` and `data-kind`, for styling without the stylesheet. */
  readonly state?: string | undefined;
  readonly kind?: string | undefined;
  /** As `data-intent`: the intent it is about, where focus goes back to after its recharge dialog. */
  readonly intent?: string | undefined;
}

/**
 * The kit's inline banner, for any message: a region named by its title and its lead sentence
 * ("Your balance has run out We couldn't finish summarizing the notes because…"), never `role="alert"`
 * and never taking focus when it appears (the provider's live regions announce it). Two banners that
 * say exactly the same words (two intents without labels stopped for the same reason) still share a
 * name: give intents a `label` when more than one can be on the page.
 * Focus only moves when the user acts inside it: if the button they used goes away, focus stays in the
 * banner; if the banner goes away, focus goes back to where it was before they entered.
 */
export function Banner({
  tone,
  toneLabel,
  title,
  lead,
  children,
  actions,
  onDismiss,
  dismissLabel,
  dismissAs,
  headingLevel = 2,
  dir,
  className,
  state,
  kind,
  intent,
}: BannerProps) {
  const titleId = useId();
  const leadId = `${titleId}-lead`;
  const section = useRef<HTMLElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  const acted = useRef(false);
  const Heading = `h${headingLevel}` as const;
  const dismiss = onDismiss && dismissLabel ? onDismiss : undefined;
  // Set by the user's action and cleared once what it changed has rendered (updates from a click or
  // a key are rendered before timers run), so focus never moves later on its own.
  const act = () => {
    acted.current = true;
    setTimeout(() => {
      acted.current = false;
    });
  };

  useEffect(() => {
    if (!acted.current) return;
    acted.current = false;
    if (lostFocus()) section.current?.focus();
  });
  useEffect(
    () => () => {
      if (acted.current && lostFocus() && cameFrom.current?.isConnected) cameFrom.current.focus();
    },
    [],
  );

  return (
    <section
      aria-labelledby={lead ? `${titleId} ${leadId}` : titleId}
      className={className ? `tactful-banner ${className}` : 'tactful-banner'}
      data-intent={intent}
      data-kind={kind}
      data-state={state}
      data-tone={tone}
      dir={dir}
      onClickCapture={act}
      onFocus={(event) => {
        // Where the user came from; focus the banner gave itself (from nowhere) does not count.
        const from = event.relatedTarget as HTMLElement | null;
        if (from && !event.currentTarget.contains(from)) cameFrom.current = from;
      }}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === 'Escape' && dismiss) {
          act();
          dismiss();
        }
      }}
      ref={section}
      tabIndex={-1}
    >
      <ToneIcon className="tactful-banner__icon" tone={tone} />
      <div className="tactful-banner__content">
        <p className="tactful-banner__tone">{toneLabel}</p>
        <Heading className="tactful-banner__title" id={titleId}>
          {title}
        </Heading>
        {lead || children ? (
          <div className="tactful-banner__body">
            {lead ? <p id={leadId}>{lead}</p> : null}
            {children}
          </div>
        ) : null}
        {actions ? <div className="tactful-banner__actions">{actions}</div> : null}
      </div>
      {dismiss && dismissAs !== 'action' ? (
        <button
          aria-label={dismissLabel}
          className="tactful-icon-button tactful-banner__dismiss"
          onClick={dismiss}
          type="button"
        >
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </section>
  );
}

/** The element the user was on is gone: the browser put focus back on the body. */
const lostFocus = () => {
  const active = document.activeElement;
  return !active || active === document.body;
};
