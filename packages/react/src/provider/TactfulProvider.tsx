import { classify, isProblemKind, type Problem, pageActions } from '@tactful/core';
import { translate } from '@tactful/i18n';
import type { i18n } from 'i18next';
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import { getI18n, I18nContext, I18nextProvider } from 'react-i18next';
import { createAnnouncer } from '../live-region/announcer';
import { LiveRegions } from '../live-region/LiveRegions';
import { TactfulContext } from './context';
import { useTactfulI18n } from './i18n';
import type { TactfulContextValue, TactfulProviderProps } from './provider.types';
import type { RechargeHost, RechargeTarget } from './RechargeHost';
import { loadRechargeHost } from './recharge-loader';
import { ownRuntime } from './runtime';

const isProblem = (value: unknown): value is Problem =>
  isProblemKind((value as Problem | null)?.kind) && typeof (value as Problem).retryable === 'boolean';

/** A classifier that throws must not take the page down: the error becomes an unknown problem. */
function safely(classifier: (error: unknown) => Problem, error: unknown): Problem {
  try {
    const problem = classifier(error);
    if (isProblem(problem)) return problem;
  } catch {}
  return { kind: 'unknown', retryable: false, cause: error };
}

/**
 * Tactful for a page: the copy (the app's i18next or one the kit sets up), the intent runtime, how
 * this app recharges, and the two live regions every announcement goes through, mounted once. A
 * provider inside another shares the outer one's regions.
 */
export function TactfulProvider(props: TactfulProviderProps) {
  const { children, runtime: given, dir, canManageBilling = true, balance, overrides, fallbacks } = props;
  const parent = useContext(TactfulContext);
  const [announcer] = useState(createAnnouncer);
  const latest = useRef(props);
  latest.current = props;

  // Read once: an owned runtime lives as long as the provider (and is made again after StrictMode's
  // simulated unmount, which ends it).
  const [owned, setOwned] = useState(() => (given ? undefined : ownRuntime(props)));
  let live = owned;
  if (!given && !live) {
    live = ownRuntime(props);
    setOwned(live);
  }
  useEffect(() => {
    if (!owned) return;
    if (owned.closed) return setOwned(ownRuntime(latest.current));
    return () => owned.close();
  }, [owned]);
  const runtime = given ?? (live as NonNullable<typeof live>).runtime;

  // The app's react-i18next instance serves unless the app asked for a language of the kit's own.
  const outer = useContext(I18nContext)?.i18n ?? getI18n();
  const instance = useTactfulI18n(props.i18n ?? (props.lng ? undefined : outer), props.lng, props.product);
  const [recharge, setRecharge] = useState<RechargeTarget>();
  const [Host, setHost] = useState<typeof RechargeHost>();

  const { actions, onRecharge, rechargeUrl, statusPageUrl, providerName, classify: classifier } = props;
  const page = useMemo(
    () =>
      pageActions(
        { actions, hasCheckout: !!onRecharge, rechargeUrl, statusPageUrl },
        runtime,
        (intentId, admin) => {
          setRecharge({ intentId, admin });
          // Where the dialog cannot be loaded the intent simply stays as it was, saved.
          loadRechargeHost().then(
            (loaded) => setHost(() => loaded),
            () => setRecharge(undefined),
          );
        },
      ),
    [actions, onRecharge, rechargeUrl, statusPageUrl, runtime],
  );

  const announce = parent?.announce ?? announcer.announce;
  const value = useMemo<TactfulContextValue>(
    () => ({
      runtime,
      classify: (error) => (isProblem(error) ? error : safely(classifier ?? classify, error)),
      ready: !!instance,
      translate: instance && ((ref) => translate(instance.t.bind(instance), ref)),
      dir,
      announce,
      canManageBilling,
      balance,
      overrides,
      fallbacks,
      providerName,
      statusPageUrl,
      ...page,
    }),
    [
      runtime,
      classifier,
      instance,
      dir,
      announce,
      canManageBilling,
      balance,
      overrides,
      fallbacks,
      providerName,
      statusPageUrl,
      page,
    ],
  );

  return (
    // Until the copy is loaded the app's own instance (if any) passes through: the tree keeps its shape.
    <I18nextProvider i18n={(instance ?? props.i18n ?? outer) as i18n}>
      <TactfulContext.Provider value={value}>
        {children}
        {recharge && Host ? (
          <Host
            balance={balance}
            onClose={() => setRecharge(undefined)}
            onRecharge={onRecharge}
            runtime={runtime}
            settings={props.recharge}
            target={recharge}
          />
        ) : null}
        {parent ? null : <LiveRegions announcer={announcer} />}
      </TactfulContext.Provider>
    </I18nextProvider>
  );
}
