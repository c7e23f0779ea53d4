import { createTactfulI18n, translate } from '@tactful/i18n';
import type { TactfulProviderProps } from '@tactful/react';
import type { i18n } from 'i18next';

export type TactfulTestOptions = Omit<TactfulProviderProps, 'children' | 'i18n'> & {
  /** Language of the real i18n instance; default `en`. */
  readonly lng?: string;
  /** An instance to reuse (say, to change its language mid-test). */
  readonly i18n?: i18n;
};

/** A real i18n instance with the shipped copy for `lng`, as an app would create before rendering. */
export const tactfulI18n = (lng = 'en'): Promise<i18n> => createTactfulI18n({ lng });

/** One of the provider's two live regions (mounted once, by the provider). */
export function liveRegion(politeness: 'polite' | 'assertive', root: ParentNode = document): HTMLElement {
  const region = root.querySelector<HTMLElement>(`[data-tactful-live="${politeness}"]`);
  if (!region) throw new Error(`no ${politeness} live region on the page`);
  return region;
}

export interface Announcement {
  readonly politeness: 'polite' | 'assertive';
  readonly text: string;
}

/**
 * Everything said through the provider's live regions from now on, in order: the text each region
 * is filled with (its emptying between two announcements is not counted).
 */
export function recordAnnouncements(root: ParentNode = document): {
  readonly said: Announcement[];
  stop(): void;
} {
  const said: Announcement[] = [];
  const observers = (['polite', 'assertive'] as const).map((politeness) => {
    const region = liveRegion(politeness, root);
    const observer = new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text) said.push({ politeness, text });
    });
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    return observer;
  });
  return {
    said,
    stop() {
      for (const observer of observers) observer.disconnect();
    },
  };
}

/** The text a copy key renders to in this instance: expectations that follow the copy as it is edited. */
export const copyText = (instance: i18n, key: string, values?: Record<string, string | number>): string =>
  translate(instance.t.bind(instance), values ? { key, values } : { key });
