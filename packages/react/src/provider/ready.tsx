import type { ComponentType } from 'react';
import { useOptionalTactful } from './context';

/**
 * Renders a component once the provider's copy is loaded (at once without a provider, where the app's
 * own react-i18next setup serves), so it never shows a raw key or suspends the page.
 */
export function withCopy<Props extends object>(Component: ComponentType<Props>) {
  return function WithCopy(props: Props) {
    return useOptionalTactful()?.ready === false ? null : <Component {...props} />;
  };
}
