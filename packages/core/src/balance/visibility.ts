import type { PageVisibility, PageVisibilityEvent } from './balance.types';

interface ListenerTarget {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** The little of `document` and `window` the adapter reads, so the core needs no DOM types. */
export interface PageVisibilityEnvironment {
  readonly document?: ListenerTarget & { readonly visibilityState?: string };
  readonly window?: ListenerTarget;
}

/**
 * Page visibility from `document.visibilityState` and `visibilitychange`, plus the window's `focus`.
 * Where there is no document (Node, workers, SSR) the page counts as always visible and nothing is
 * listened to, so a monitor simply polls.
 */
export function pageVisibility(
  environment: PageVisibilityEnvironment = globalThis as PageVisibilityEnvironment,
): PageVisibility {
  const { document, window } = environment;
  const isVisible = () => document?.visibilityState !== 'hidden';
  return {
    isVisible,
    subscribe(listener: (event: PageVisibilityEvent) => void) {
      if (typeof document?.addEventListener !== 'function') return () => {};
      const onVisibility = () => listener(isVisible() ? 'visible' : 'hidden');
      const onFocus = () => listener('focus');
      const focusTarget = typeof window?.addEventListener === 'function' ? window : undefined;
      document.addEventListener('visibilitychange', onVisibility);
      focusTarget?.addEventListener('focus', onFocus);
      return () => {
        document.removeEventListener('visibilitychange', onVisibility);
        focusTarget?.removeEventListener('focus', onFocus);
      };
    },
  };
}
