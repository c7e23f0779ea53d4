import type { RechargeHost } from './RechargeHost';

type Host = typeof RechargeHost;
let loading: Promise<Host> | undefined;

/**
 * The recharge dialog (Radix, the amount form, the currency input) is loaded the first time a page
 * may need it — when a message offers to add funds — so pages that never see a billing problem never
 * download it. A failed load (offline, say) is tried again next time.
 */
export function loadRechargeHost(): Promise<Host> {
  loading ??= import('./RechargeHost').then(
    (module) => module.RechargeHost,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
