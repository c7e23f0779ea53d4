import type { Clock, NetworkAdapter } from './intent.types';

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface NetworkGlobals {
  readonly navigator?: { readonly onLine?: boolean };
  readonly addEventListener?: (type: string, listener: () => void) => void;
  readonly removeEventListener?: (type: string, listener: () => void) => void;
}

/**
 * `navigator.onLine` and the window's online/offline events where they exist. Elsewhere (Node, SSR)
 * it reports online and never changes: a real network failure still arrives as an `offline` problem.
 */
export function browserNetwork(): NetworkAdapter {
  const scope = globalThis as NetworkGlobals;
  return {
    isOnline: () => scope.navigator?.onLine !== false,
    subscribe: (listener) => {
      const online = () => listener(true);
      const offline = () => listener(false);
      scope.addEventListener?.('online', online);
      scope.addEventListener?.('offline', offline);
      return () => {
        scope.removeEventListener?.('online', online);
        scope.removeEventListener?.('offline', offline);
      };
    },
  };
}

let sequence = 0;

/** `crypto.randomUUID` where present (secure contexts); elsewhere time, randomness and a counter. */
export function randomId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return (
    crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${++sequence}`
  );
}
