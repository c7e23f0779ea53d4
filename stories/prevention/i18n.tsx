import type { Decorator, Loader } from '@storybook/react-vite';
import { createTactfulI18n } from '@tactful/i18n';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';

/** One instance per language, made once, so every prevention story in a language shares it. */
const instances = new Map<string, Promise<I18n>>();
function i18nFor(locale: string): Promise<I18n> {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createTactfulI18n({ lng: locale });
    instances.set(locale, instance);
  }
  return instance;
}

/**
 * What each prevention story file spreads into its meta: a loader for the copy in the toolbar's
 * language (`globals.locale`, English without one) and a decorator that wraps the story in
 * react-i18next's provider with it, so the story renders the same with or without the global setup.
 */
export function preventionI18n<TArgs>(): { loaders: Loader<TArgs>[]; decorators: Decorator<TArgs>[] } {
  const load: Loader<TArgs> = async ({ globals }) => ({
    preventionI18n: await i18nFor(
      typeof globals.locale === 'string' && globals.locale ? globals.locale : 'en',
    ),
  });
  const provide: Decorator<TArgs> = (Story, { loaded }) => (
    <I18nextProvider i18n={loaded.preventionI18n as I18n}>
      <Story />
    </I18nextProvider>
  );
  return { loaders: [load], decorators: [provide] };
}

/** The story's i18next instance, for stories that render a TactfulProvider themselves. */
export const storyI18n = (loaded: Record<string, unknown>) => loaded.preventionI18n as I18n;
