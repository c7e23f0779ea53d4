import i18next, { type i18n } from 'i18next';
import { languageChain, matchShippedLanguage, PSEUDO_LOCALE } from './languages';
import { LOCALE_LOADERS } from './loaders';
import { SOURCE_LANGUAGE, TACTFUL_NS } from './namespace';
import { mergeResources, sanitizeResource, type TactfulResource } from './resource';

/** An app's copy for one language: the object itself, or a function that imports it when needed. */
export type TactfulResourceSource = TactfulResource | (() => Promise<unknown>);

export interface TactfulI18nOptions {
  /** The language to show now (BCP 47): `en`, `es-MX`, `ar`, or `en-XA` for the pseudo-locale. */
  readonly lng: string;
  /** More languages to load up front, e.g. the ones a language menu offers. Others load when chosen. */
  readonly preload?: readonly string[];
  /**
   * The app's own i18next instance: Tactful adds its `tactful` namespace and leaves everything else alone.
   * Without one, a new instance is created with `tactful` as its default namespace.
   */
  readonly i18n?: i18n;
  /**
   * The app's copy per language, merged key by key over the shipped copy: change any key, add copy for the
   * app's own kinds and intents, set `terms.money` / `terms.balance`. English entries also fill keys a
   * language lacks. Values may be loaders (`() => import('./copy/es.json')`) so they stay lazy too.
   */
  readonly resources?: Readonly<Record<string, TactfulResourceSource>>;
  /** The product's name for `{{product}}`, the same in every language (else `terms.product`: "this app"). */
  readonly product?: string;
  /**
   * Load Tactful's copy when the instance changes to a language not loaded yet, then re-announce the
   * change so react-i18next renders the loaded copy (default true). Awaiting `loadTactfulLanguages`
   * before `changeLanguage` avoids the moment of English in between.
   */
  readonly loadOnLanguageChange?: boolean;
}

interface InstanceState {
  readonly options: TactfulI18nOptions;
  readonly loading: Map<string, Promise<void>>;
}

const states = new WeakMap<i18n, InstanceState>();
const watched = new WeakSet<i18n>();

async function readSource(source: TactfulResourceSource | undefined): Promise<TactfulResource | undefined> {
  if (source === undefined) return undefined;
  try {
    return sanitizeResource(typeof source === 'function' ? await source() : source);
  } catch {
    // An app loader that rejects must not cost the user the shipped copy.
    return undefined;
  }
}

async function shippedResource(code: string | undefined): Promise<TactfulResource | undefined> {
  const loader = code === undefined ? undefined : LOCALE_LOADERS[code];
  return loader ? readSource(loader) : undefined;
}

/**
 * The `tactful` bundle for one language, every layer merged so that English shows for any key a layer
 * lacks, whatever the instance's own fallback settings: shipped English, the app's English, the shipped
 * language, the product name, then the app's copy from the most general tag to the most specific.
 */
async function buildBundle(lng: string, options: TactfulI18nOptions): Promise<TactfulResource> {
  const isPseudo = lng.toLowerCase() === PSEUDO_LOCALE.toLowerCase();
  const shipped = isPseudo ? SOURCE_LANGUAGE : matchShippedLanguage(lng);
  const appCodes = [...new Set([...(shipped ? [shipped] : []), ...languageChain(lng)])].filter(
    (code) => code !== SOURCE_LANGUAGE,
  );
  const app = options.resources ?? {};
  const [english, appEnglish, language, ...appLayers] = await Promise.all([
    shippedResource(SOURCE_LANGUAGE),
    readSource(app[SOURCE_LANGUAGE]),
    shipped === SOURCE_LANGUAGE ? undefined : shippedResource(shipped),
    ...appCodes.map((code) => readSource(app[code])),
  ]);
  const product = options.product?.trim() ? { terms: { product: options.product.trim() } } : undefined;
  const bundle = mergeResources(english, appEnglish, language, product, ...appLayers);
  if (!isPseudo) return bundle;
  const { pseudoLocalizeResource } = await import('./pseudo');
  return pseudoLocalizeResource(bundle);
}

function stateOf(instance: i18n): InstanceState {
  const known = states.get(instance);
  if (known) return known;
  const created: InstanceState = {
    options: { lng: instance.language ?? SOURCE_LANGUAGE },
    loading: new Map(),
  };
  states.set(instance, created);
  return created;
}

/**
 * Loads Tactful's copy for these languages into the instance (once each). Await it before
 * `i18n.changeLanguage(lng)` so the new language shows at once.
 */
export function loadTactfulLanguages(instance: i18n, lngs: string | readonly string[]): Promise<void> {
  const state = stateOf(instance);
  const wanted = typeof lngs === 'string' ? [lngs] : lngs;
  return Promise.all(
    wanted.map((lng) => {
      const code = lng.trim();
      if (!code || code.toLowerCase() === 'cimode') return Promise.resolve();
      const pending = state.loading.get(code);
      if (pending) return pending;
      const loading = buildBundle(code, state.options).then((bundle) => {
        instance.addResourceBundle(code, TACTFUL_NS, bundle, true, true);
      });
      state.loading.set(code, loading);
      // A failed load may be retried by a later call.
      loading.catch(() => state.loading.delete(code));
      return loading;
    }),
  ).then(() => undefined);
}

function watchLanguage(instance: i18n): void {
  if (watched.has(instance)) return;
  watched.add(instance);
  instance.on('languageChanged', (lng: string) => {
    const state = stateOf(instance);
    if (!lng || state.loading.has(lng) || lng.toLowerCase() === 'cimode') return;
    loadTactfulLanguages(instance, lng)
      .then(() => {
        // Re-announce only if the app has not moved on: react-i18next re-renders on languageChanged.
        if (instance.language === lng) return instance.changeLanguage(lng);
      })
      .catch(() => undefined);
  });
}

async function ensureInitialized(instance: i18n, lng: string): Promise<void> {
  if (instance.isInitialized) return;
  if ((instance as { isInitializing?: boolean }).isInitializing) {
    await new Promise<void>((resolve) => instance.on('initialized', () => resolve()));
    return;
  }
  await instance.init({ lng, fallbackLng: SOURCE_LANGUAGE, interpolation: { escapeValue: false } });
}

/**
 * Sets up i18next for Tactful's copy: loads the asked languages (and English, the fallback) lazily,
 * merges the app's overrides, and returns the instance. With `i18n`, the app's own instance gains the
 * `tactful` namespace; without, a new instance is created with `escapeValue: false` (React escapes;
 * the kit never renders copy as HTML).
 */
export async function createTactfulI18n(options: TactfulI18nOptions): Promise<i18n> {
  // Called from plain JavaScript with no language, it still starts (in English).
  const lng = (typeof options.lng === 'string' && options.lng.trim()) || SOURCE_LANGUAGE;
  const instance = options.i18n ?? i18next.createInstance();
  states.set(instance, { options, loading: new Map() });
  if (options.i18n) {
    await ensureInitialized(instance, lng);
  } else {
    await instance.init({
      lng,
      fallbackLng: SOURCE_LANGUAGE,
      ns: [TACTFUL_NS],
      defaultNS: TACTFUL_NS,
      resources: {},
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
    });
  }
  // The app's instance may already show another language; its copy is needed too.
  const current = options.i18n?.language;
  const wanted = [SOURCE_LANGUAGE, lng, ...(current ? [current] : []), ...(options.preload ?? [])];
  await loadTactfulLanguages(instance, [...new Set(wanted)]);
  if (options.loadOnLanguageChange !== false) watchLanguage(instance);
  return instance;
}
