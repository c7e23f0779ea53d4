import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { createTactfulI18n, dir, PSEUDO_LOCALE, SHIPPED_LANGUAGES } from '@tactful/i18n';
import { TactfulProvider } from '@tactful/react';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useLayoutEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { configure } from 'storybook/test';
import { type StoryFrame, StoryFrameContext, type TactfulParameters } from '../stories/support/frame';
import '@tactful/react/styles.css';
import './preview.css';

// Plays wait up to 3 s for what appears asynchronously (the recharge dialog's first on-demand import):
// in a clean-clone CI run, with every browser suite in parallel on 2 cores, it took over Testing
// Library's 1 s default once. A play that truly never shows the dialog still fails.
configure({ asyncUtilTimeout: 3000 });

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

const localeOf = (globals: Record<string, unknown>) =>
  typeof globals.locale === 'string' && globals.locale ? globals.locale : 'en';

const loadI18n: Loader = async ({ globals }) => ({ i18n: await i18nFor(localeOf(globals)) });

/**
 * The theme and motion also go on <body>, as an app sets them: the recharge dialog is portalled to the
 * body, outside the story's frame, and must be checked in the same theme. Not on <html>: there the
 * stylesheet's `:root` light tokens outrank `:where([data-theme="dark"])` (see Docs/Theming).
 */
function PageSettings({ frame, children }: { frame: StoryFrame; children: ReactNode }) {
  useLayoutEffect(() => {
    const page = document.body;
    page.dataset.theme = frame.theme;
    if (frame.reducedMotion) page.dataset.reducedMotion = 'true';
    else delete page.dataset.reducedMotion;
  }, [frame.theme, frame.reducedMotion]);
  return children;
}

/**
 * The toolbar's language, direction, theme and motion, applied to a frame around the story, and the
 * kit's provider with that copy and direction (props from `parameters.tactful`; `false` for stories that
 * render their own provider).
 */
const withTactfulFrame: Decorator = (Story, { globals, loaded, parameters, viewMode }) => {
  const locale = localeOf(globals);
  const frame: StoryFrame = {
    locale,
    dir: globals.direction === 'ltr' || globals.direction === 'rtl' ? globals.direction : dir(locale),
    theme: globals.theme === 'dark' ? 'dark' : 'light',
    reducedMotion: globals.reducedMotion === 'reduce',
    i18n: loaded.i18n as I18n,
  };
  const tactful = parameters.tactful as TactfulParameters | false | undefined;
  const story = <Story />;
  return (
    <I18nextProvider i18n={frame.i18n}>
      <StoryFrameContext.Provider value={frame}>
        <PageSettings frame={frame}>
          <div
            className="tactful-story-frame"
            data-docs={viewMode === 'docs' ? 'true' : undefined}
            data-reduced-motion={frame.reducedMotion ? 'true' : undefined}
            data-theme={frame.theme}
            dir={frame.dir}
            lang={locale}
          >
            {tactful === false ? (
              story
            ) : (
              <TactfulProvider dir={frame.dir} i18n={frame.i18n} {...tactful}>
                {story}
              </TactfulProvider>
            )}
          </div>
        </PageSettings>
      </StoryFrameContext.Provider>
    </I18nextProvider>
  );
};

const preview: Preview = {
  parameters: {
    // An accessibility violation fails the story's test, not just a panel warning.
    a11y: { test: 'error' },
    layout: 'fullscreen',
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Getting started', 'Voice and copy', 'Customizing copy', 'Accessibility', 'Theming'],
          'Flows',
          'Messages',
          'Components',
          'Hooks',
          'Prevention',
        ],
      },
    },
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
