import { createContext, useContext } from 'react';
import type { TactfulContextValue } from './provider.types';

export const TactfulContext = createContext<TactfulContextValue | null>(null);

/** The page's Tactful runtime and settings. Only inside `<TactfulProvider>`. */
export function useTactful(): TactfulContextValue {
  const value = useContext(TactfulContext);
  if (!value)
    throw new Error('Tactful: useTactful() and the Tactful hooks need a <TactfulProvider> above them.');
  return value;
}

/**
 * The provider's settings where there is one. Components also work without it (given their props,
 * with the app's own react-i18next setup), so they read it optionally.
 */
export const useOptionalTactful = (): TactfulContextValue | null => useContext(TactfulContext);
