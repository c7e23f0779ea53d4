import { type ReactNode, useId } from 'react';

export type BannerTone = 'critical' | 'warning' | 'info' | 'success';

export interface ProblemBannerProps {
  tone: BannerTone;
  title: ReactNode;
  children?: ReactNode;
  /** Buttons or links; the first is styled as the primary action. */
  actions?: ReactNode;
  /** Shown only when provided, with its accessible name from the caller's copy. */
  onDismiss?: () => void;
  dismissLabel?: string;
  className?: string;
}

/**
 * Inline banner. It is a labelled region and never takes focus: announcing it is the
 * live regions' job, so it carries no role="alert" of its own.
 */
export function ProblemBanner({
  tone,
  title,
  children,
  actions,
  onDismiss,
  dismissLabel,
  className,
}: ProblemBannerProps) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      className={className ? `tactful-banner ${className}` : 'tactful-banner'}
      data-tactful-banner=""
      data-tone={tone}
    >
      <ToneIcon tone={tone} />
      <div className="tactful-banner__content">
        <h2 className="tactful-banner__title" id={titleId}>
          {title}
        </h2>
        {children ? <div className="tactful-banner__body">{children}</div> : null}
        {actions ? <div className="tactful-banner__actions">{actions}</div> : null}
      </div>
      {onDismiss && dismissLabel ? (
        <button
          aria-label={dismissLabel}
          className="tactful-banner__dismiss"
          onClick={onDismiss}
          type="button"
        >
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </section>
  );
}

const iconPaths: Record<BannerTone, string> = {
  critical: 'M12 2 1 21h22L12 2Zm0 6v6m0 3v1',
  warning: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 4v6m0 3v1',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 7v7m0-10v1',
  success: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-4 9 3 3 5-6',
};

/** The tone is also carried by the shape of the icon, never by colour alone. */
function ToneIcon({ tone }: { tone: BannerTone }) {
  return (
    <svg
      aria-hidden="true"
      className="tactful-banner__icon"
      fill="none"
      focusable="false"
      height="20"
      stroke="currentColor"
      strokeLinecap="round"
      strokeWidth="2"
      viewBox="0 0 24 24"
      width="20"
    >
      <path d={iconPaths[tone]} />
    </svg>
  );
}
