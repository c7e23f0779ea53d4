import { createTactfulI18n, dir, loadTactfulLanguages } from '@tactful/i18n';
import i18next, { type i18n } from 'i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';
import ja from './locales/ja.json';

/** The app's own words live in this namespace; the kit's in `tactful`, added by `createTactfulI18n`. */
export const APP_NS = 'assistant';

/** Each language named in itself, so anyone can find theirs whatever the page shows now. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'ar', name: 'العربية' },
  { code: 'ja', name: '日本語' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'assistant.language';

const isLanguage = (code: unknown): code is LanguageCode =>
  LANGUAGES.some((language) => language.code === code);

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language chosen last time, else the browser's first supported one, else English. */
export function initialLanguage(): LanguageCode {
  const stored = remembered();
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? []) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Keeps `<html lang dir>` and the window title in step with the language shown. */
function followDocument(instance: i18n): void {
  const apply = (lng: string) => {
    document.documentElement.lang = lng;
    document.documentElement.dir = dir(lng);
    document.title = instance.t('app.document_title', { ns: APP_NS });
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
}

/** The app's i18next instance, with the kit's copy for `lng` loaded before the first render. */
export async function createAppI18n(lng: LanguageCode): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: 'en',
    ns: [APP_NS],
    defaultNS: APP_NS,
    resources: {
      en: { [APP_NS]: en },
      es: { [APP_NS]: es },
      ar: { [APP_NS]: ar },
      ja: { [APP_NS]: ja },
    },
    interpolation: { escapeValue: false },
  });
  await createTactfulI18n({
    lng,
    i18n: instance,
    product: en.app.title,
  });
  followDocument(instance);
  return instance;
}

/** Loads the kit's copy first, so the page never shows English in between; remembers the choice. */
export async function switchLanguage(instance: i18n, lng: string): Promise<void> {
  if (!isLanguage(lng)) return;
  await loadTactfulLanguages(instance, lng);
  await instance.changeLanguage(lng);
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
