import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { createTactfulI18n, dir, PSEUDO_LOCALE, SHIPPED_LANGUAGES } from '@tactful/i18n';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import '@tactful/react/styles.css';
import './preview.css';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const languageItems = [...SHIPPED_LANGUAGES, PSEUDO_LOCALE].map((code) => ({
  value: code,
  title: code === PSEUDO_LOCALE ? 'Pseudo-locale (en-XA)' : `${languageNames.of(code) ?? code} (${code})`,
}));

/** One i18next instance per language, made once, so switching languages in the toolbar is instant. */
const instances = new Map<string, Promise<I18n>>();
function i18nFor(locale: string): Promise<I18n> {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createTactfulI18n({ lng: locale });
    instances.set(locale, instance);
  }
  return instance;
}

const loadI18n: Loader = async ({ globals }) => ({ i18n: await i18nFor(String(globals.locale ?? 'en')) });

/** The toolbar's language, direction, theme and motion, applied to a frame around the story. */
const withTactfulFrame: Decorator = (Story, { globals, loaded }) => {
  const locale = String(globals.locale ?? 'en');
  const direction =
    globals.direction === 'ltr' || globals.direction === 'rtl' ? globals.direction : dir(locale);
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  return (
    <I18nextProvider i18n={loaded.i18n as I18n}>
      <div
        className="tactful-story-frame"
        data-reduced-motion={globals.reducedMotion === 'reduce' ? 'true' : undefined}
        data-theme={theme}
        dir={direction}
        lang={locale}
      >
        <Story />
      </div>
    </I18nextProvider>
  );
};

const preview: Preview = {
  parameters: {
    // An accessibility violation fails the story's test, not just a panel warning.
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
  globalTypes: {
    locale: {
      description: 'Language of the copy',
      toolbar: { title: 'Language', icon: 'globe', items: languageItems, dynamicTitle: true },
    },
    direction: {
      description: 'Text direction (follows the language unless set)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: from language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    reducedMotion: {
      description: 'Reduced motion',
      toolbar: {
        title: 'Motion',
        icon: 'lightning',
        items: [
          { value: 'no-preference', title: 'Motion: normal' },
          { value: 'reduce', title: 'Motion: reduced' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'auto', theme: 'light', reducedMotion: 'no-preference' },
  loaders: [loadI18n],
  decorators: [withTactfulFrame],
};

export default preview;
