import { createTactfulI18n } from '@tactful/i18n';
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
