import { type IntentSnapshot, safeLink } from '@tactful/core';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Banner } from '../banner/Banner';
import { useCopy } from '../copy/useCopy';
import { useOptionalTactful } from '../provider/context';
import { withCopy } from '../provider/ready';
import { useOnline } from './useOnline';

export type PageStatus = 'outage' | 'offline' | 'ok';

export interface StatusBannerProps {
  /**
   * What to show. Default: `offline` while the browser is, else `outage` while an intent on this page
   * is held up by one, else nothing.
   */
  readonly status?: PageStatus | undefined;
  /** The service's name for the outage message; default: the provider's name for the held-up intent. */
  readonly provider?: string | undefined;
  /** The status page for an outage; default: the provider's `statusPageUrl`. */
  readonly statusPageUrl?: string | undefined;
  readonly onDismiss?: (() => void) | undefined;
  readonly className?: string | undefined;
}

const NONE: readonly IntentSnapshot[] = [];
const noSubscription = () => () => {};

/**
 * A page-level banner for an outage or a lost connection, with a link to the status page when there
 * is one. Named by its title and its sentence, which speaks of all the page's requests, so it differs
 * from a task's own banner with the same title. Announced politely when it appears — there is nothing the user must do — and "You're back
 * online" once the connection returns.
 */
export const StatusBanner = withCopy(function StatusBanner({
  status,
  provider,
  statusPageUrl,
  onDismiss,
  className,
}: StatusBannerProps) {
  const { tr, direction } = useCopy();
  const tactful = useOptionalTactful();
  const online = useOnline();
  const runtime = tactful?.runtime;
  const intents = useSyncExternalStore(
    runtime?.subscribe ?? noSubscription,
    runtime?.getSnapshot ?? (() => NONE),
    () => NONE,
  );
  const outage = intents.find(
    ({ state }) =>
      state.problem?.kind === 'outage' && (state.status === 'waiting' || state.status === 'failed'),
  );
  const shown: PageStatus = status ?? (!online ? 'offline' : outage ? 'outage' : 'ok');
  const id = outage?.state.problem?.provider;
  const name = provider ?? (id === undefined ? undefined : tactful?.providerName?.(id));

  const title = shown === 'ok' ? undefined : tr({ key: `status.${shown}.title` });
  const body =
    shown === 'ok'
      ? undefined
      : tr({
          key: `status.${shown}.body${shown === 'outage' && name ? '_provider' : ''}`,
          values: name ? { provider: name } : {},
        });

  // Said once per change: the body when it appears (a whole sentence), "back online" when the
  // connection this banner reported as lost returns.
  const said = useRef<PageStatus>('ok');
  const announce = tactful?.announce;
  const back = tr({ key: 'status.back_online' });
  useEffect(() => {
    const before = said.current;
    said.current = shown;
    const text = shown !== 'ok' ? body : before === 'offline' ? back : undefined;
    if (shown !== before && text) announce?.(text, 'polite');
  }, [shown, body, back, announce]);
  if (shown === 'ok') return null;

  const href = shown === 'outage' ? (statusPageUrl ?? tactful?.statusPageUrl) : undefined;
  const link = safeLink(href);
  return (
    <Banner
      actions={
        link && href ? (
          <a
            className="tactful-button"
            data-variant="secondary"
            href={href.trim()}
            rel={link.rel}
            target={link.rel && '_blank'}
          >
            {tr({ key: 'status.actions.view_status' })}
            {link.rel ? ' ' : null}
            {link.rel ? <span className="tactful-sr-only">{tr({ key: 'a11y.new_tab' })}</span> : null}
          </a>
        ) : null
      }
      className={className ? `tactful-status ${className}` : 'tactful-status'}
      dir={tactful?.dir ?? direction}
      dismissLabel={tr({ key: 'a11y.dismiss' })}
      lead={body}
      onDismiss={onDismiss}
      state={shown}
      title={title}
      tone="warning"
      toneLabel={tr({ key: 'tones.warning' })}
    />
  );
});
