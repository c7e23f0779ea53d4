/**
 * One loader per shipped language. Each is a dynamic import, so a bundler emits every language as its
 * own chunk and an app downloads only the ones it asks for. A translator adding a language adds its
 * line here; a test checks that every folder under `locales/` has one.
 */
export const LOCALE_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  en: () => import('../../../locales/en/tactful.json'),
  es: () => import('../../../locales/es/tactful.json'),
  ar: () => import('../../../locales/ar/tactful.json'),
  fr: () => import('../../../locales/fr/tactful.json'),
  de: () => import('../../../locales/de/tactful.json'),
  it: () => import('../../../locales/it/tactful.json'),
  nl: () => import('../../../locales/nl/tactful.json'),
  ja: () => import('../../../locales/ja/tactful.json'),
  ko: () => import('../../../locales/ko/tactful.json'),
  'zh-CN': () => import('../../../locales/zh-CN/tactful.json'),
  hi: () => import('../../../locales/hi/tactful.json'),
  'pt-BR': () => import('../../../locales/pt-BR/tactful.json'),
  pl: () => import('../../../locales/pl/tactful.json'),
  tr: () => import('../../../locales/tr/tactful.json'),
  he: () => import('../../../locales/he/tactful.json'),
};
