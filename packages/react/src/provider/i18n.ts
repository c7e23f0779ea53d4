import { createTactfulI18n, SOURCE_LANGUAGE, TACTFUL_NS } from '@tactful/i18n';
import type { i18n } from 'i18next';
import { useEffect, useReducer, useState } from 'react';

/** The instance has Tactful's copy for its language, or at least the English every language falls back to. */
export const hasCopy = (instance: i18n | undefined): instance is i18n =>
  !!instance?.isInitialized &&
  (instance.hasResourceBundle(instance.language, TACTFUL_NS) ||
    instance.hasResourceBundle(SOURCE_LANGUAGE, TACTFUL_NS));

/**
 * The provider's i18next instance and whether Tactful's copy is in it. An instance that already has the
 * copy (made with `createTactfulI18n` before rendering, as on a server) is ready in the first render;
 * otherwise the copy loads after mount and the kit's components render nothing until then — never a
 * raw key, and never a different first render on the server and in the browser.
 */
export function useTactfulI18n(
  appI18n: i18n | undefined,
  lng: string | undefined,
  product: string | undefined,
): i18n | undefined {
  const [created, setCreated] = useState<i18n>();
  const [, loaded] = useReducer((count: number) => count + 1, 0);
  const instance = appI18n ?? created;
  const ready = hasCopy(instance);

  useEffect(() => {
    if (ready) return;
    let current = true;
    createTactfulI18n({
      lng: lng ?? appI18n?.language ?? SOURCE_LANGUAGE,
      ...(appI18n && { i18n: appI18n }),
      ...(product && { product }),
    }).then(
      (made) => current && (appI18n ? loaded() : setCreated(made)),
      (error: unknown) => console.warn('Tactful: could not load the copy', error),
    );
    return () => {
      current = false;
    };
  }, [appI18n, ready, lng, product]);

  // The kit's own instance follows `lng`; it loads a new language's copy itself.
  useEffect(() => {
    if (created && lng && created.language !== lng) void created.changeLanguage(lng);
  }, [created, lng]);

  return ready ? instance : undefined;
}
