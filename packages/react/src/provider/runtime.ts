import {
  classify,
  createIntentRuntime,
  type IntentRuntime,
  type IntentRuntimeOptions,
  intentStore,
} from '@tactful/core';
import type { TactfulProviderProps } from './provider.types';

export interface OwnedRuntime {
  readonly runtime: IntentRuntime;
  closed: boolean;
  close(): void;
}

/**
 * A runtime the provider creates and ends. Storage (and with it the channel to other tabs) is only
 * opened in a browser: on a server there are no stored intents to share, and an open channel would
 * keep the process alive.
 */
export function ownRuntime({
  classify: classifier,
  retryPolicy,
  storage,
}: TactfulProviderProps): OwnedRuntime {
  const store = storage && typeof document !== 'undefined' ? intentStore({ storage }) : undefined;
  const options: IntentRuntimeOptions = {
    classify: classifier ?? classify,
    ...(retryPolicy && { retryPolicy }),
    ...(store && { store }),
  };
  const runtime = createIntentRuntime(options);
  const owned: OwnedRuntime = {
    runtime,
    closed: false,
    close() {
      owned.closed = true;
      runtime.destroy();
      store?.close?.();
    },
  };
  return owned;
}
