import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { createTactfulI18n, loadTactfulLanguages } from './create';
import { TACTFUL_NS } from './namespace';
import { translate } from './translate';

const title = 'kinds.insufficient_funds.title';

describe('createTactfulI18n without an app instance', () => {
  it('creates an instance whose default namespace is tactful, in the asked language', async () => {
    const i18n = await createTactfulI18n({ lng: 'es' });
    expect(i18n.language).toBe('es');
    expect(i18n.options.defaultNS).toBe(TACTFUL_NS);
    expect(i18n.t(title)).toBe('Tu saldo se ha agotado');
  });

  it('loads only the asked languages and English, the fallback', async () => {
    const i18n = await createTactfulI18n({ lng: 'es' });
    expect(i18n.hasResourceBundle('es', TACTFUL_NS)).toBe(true);
    expect(i18n.hasResourceBundle('en', TACTFUL_NS)).toBe(true);
    expect(i18n.hasResourceBundle('ar', TACTFUL_NS)).toBe(false);
    const withPreload = await createTactfulI18n({ lng: 'es', preload: ['ar'] });
    expect(withPreload.hasResourceBundle('ar', TACTFUL_NS)).toBe(true);
  });

  it('serves a regional tag from its language, and English when nothing fits', async () => {
    expect((await createTactfulI18n({ lng: 'es-MX' })).t(title)).toBe('Tu saldo se ha agotado');
    expect((await createTactfulI18n({ lng: 'sv' })).t(title)).toBe('Your balance has run out');
    expect((await createTactfulI18n({ lng: 'zh-TW' })).t(title)).toBe('Your balance has run out');
  });

  it('starts in English when called from JavaScript without a usable language', async () => {
    const i18n = await createTactfulI18n({ lng: undefined as unknown as string });
    expect(i18n.language).toBe('en');
    expect(i18n.t(title)).toBe('Your balance has run out');
  });

  it('does not escape values as HTML: the text goes into text nodes', async () => {
    const i18n = await createTactfulI18n({ lng: 'en' });
    expect(i18n.t('states.running.body_intent', { intent: '<b>5 & 6</b>' })).toBe(
      'Still working on <b>5 & 6</b>.',
    );
  });
});

describe('app copy', () => {
  it('overrides any key per language and keeps the rest', async () => {
    const i18n = await createTactfulI18n({
      lng: 'en',
      preload: ['es'],
      resources: {
        en: { kinds: { insufficient_funds: { title: 'Out of credits' } } },
        es: { kinds: { offline: { title: 'Estás sin conexión' } } },
      },
    });
    expect(i18n.t(title)).toBe('Out of credits');
    expect(i18n.t('kinds.offline.title')).toBe('No internet connection');
    expect(i18n.t(title, { lng: 'es' })).toBe('Tu saldo se ha agotado');
    expect(i18n.t('kinds.offline.title', { lng: 'es' })).toBe('Estás sin conexión');
  });

  it('falls back to English key by key, including the app’s own English keys', async () => {
    const i18n = await createTactfulI18n({
      lng: 'sv',
      resources: {
        en: { intents: { summarize: 'summarizing the contracts' } },
        sv: { kinds: { offline: { title: 'Ingen internetanslutning' } } },
      },
    });
    expect(i18n.t('kinds.offline.title')).toBe('Ingen internetanslutning');
    expect(i18n.t('kinds.timeout.title')).toBe('This is taking too long');
    expect(i18n.t('intents.summarize')).toBe('summarizing the contracts');
  });

  it('sets the word for money per language through terms.*', async () => {
    const i18n = await createTactfulI18n({
      lng: 'en',
      preload: ['es'],
      resources: {
        en: { terms: { money: 'credits', balance: 'credit balance' } },
        es: { terms: { money: 'créditos' } },
      },
    });
    expect(i18n.t('actions.add_funds')).toBe('Add credits');
    expect(i18n.t('balance.low.title')).toBe('Your credit balance is running low');
    expect(i18n.t('actions.add_funds', { lng: 'es' })).toBe('Añadir créditos');
  });

  it('names the product in every language, else says "this app" in the reader’s language', async () => {
    const named = await createTactfulI18n({ lng: 'en', preload: ['es'], product: 'Acme' });
    const ref = { key: 'recharge.admin.message' };
    expect(translate(named.t, ref)).toContain('in Acme');
    expect(translate(named.getFixedT('es'), ref)).toContain('en Acme');
    const unnamed = await createTactfulI18n({ lng: 'es' });
    expect(translate(unnamed.t, ref)).toContain('en esta aplicación');
  });

  it('loads app copy from loader functions, and survives one that fails', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    const i18n = await createTactfulI18n({
      lng: 'es',
      resources: {
        es: () => Promise.resolve({ default: { kinds: { timeout: { title: 'Tarda mucho' } } } }),
        en: failing,
      },
    });
    expect(failing).toHaveBeenCalled();
    expect(i18n.t('kinds.timeout.title')).toBe('Tarda mucho');
    expect(i18n.t(title)).toBe('Tu saldo se ha agotado');
  });

  it('ignores values that are not text and keys that reach prototypes', async () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "kinds": {"timeout": {"title": 7, "cause": ""}}}',
    );
    const i18n = await createTactfulI18n({ lng: 'en', resources: { en: hostile } });
    expect(i18n.t('kinds.timeout.title')).toBe('This is taking too long');
    expect(i18n.t('kinds.timeout.cause')).toBe('The service took too long to answer.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('with the app’s own i18next instance', () => {
  async function appInstance() {
    const app = i18next.createInstance();
    await app.init({
      lng: 'en',
      fallbackLng: 'en',
      defaultNS: 'app',
      ns: ['app'],
      resources: { en: { app: { hello: 'Hello' } }, es: { app: { hello: 'Hola' } } },
    });
    return app;
  }

  it('adds the tactful namespace and leaves the app’s copy and settings alone', async () => {
    const app = await appInstance();
    const same = await createTactfulI18n({ lng: 'en', i18n: app });
    expect(same).toBe(app);
    expect(app.options.defaultNS).toBe('app');
    expect(app.t('hello')).toBe('Hello');
    expect(app.t(title, { ns: TACTFUL_NS })).toBe('Your balance has run out');
    expect(translate(app.t, { key: title })).toBe('Your balance has run out');
  });

  it('loads a language before the app switches to it', async () => {
    const app = await appInstance();
    await createTactfulI18n({ lng: 'en', i18n: app });
    await loadTactfulLanguages(app, 'ar');
    await app.changeLanguage('ar');
    expect(translate(app.t, { key: title })).toBe('نفد الرصيد');
  });

  it('loads a language the app switched to without asking, then re-announces it', async () => {
    const app = await appInstance();
    await createTactfulI18n({ lng: 'en', i18n: app });
    const changed = vi.fn();
    app.on('languageChanged', changed);
    await app.changeLanguage('es');
    await vi.waitFor(() => expect(translate(app.t, { key: title })).toBe('Tu saldo se ha agotado'));
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    expect(app.language).toBe('es');
  });

  it('initializes an instance the app has not initialized yet', async () => {
    const app = i18next.createInstance();
    await createTactfulI18n({ lng: 'es', i18n: app });
    expect(app.isInitialized).toBe(true);
    expect(translate(app.t, { key: title })).toBe('Tu saldo se ha agotado');
  });
});

describe('the pseudo-locale', () => {
  it('is English, accented, bracketed and longer, with values still filled', async () => {
    const i18n = await createTactfulI18n({ lng: 'en-XA', product: 'Acme' });
    const english = await createTactfulI18n({ lng: 'en', product: 'Acme' });
    const ref = {
      key: 'kinds.insufficient_funds.cause_intent',
      values: { intent: 'summarizing 40 contracts' },
    };
    const pseudo = translate(i18n.t, ref);
    expect(pseudo).toMatch(/^\[Ŵé çöûļðñ'ţ ƒîñîšĥ summarizing 40 contracts ƀéçáûšé ţĥé ƀáļáñçé /);
    expect(pseudo.endsWith(']')).toBe(true);
    for (const key of ['kinds.insufficient_funds.cause', 'recharge.admin.body', 'states.failed.next']) {
      const source = translate(english.t, { key });
      expect(translate(i18n.t, { key }).length, key).toBeGreaterThanOrEqual(Math.round(source.length * 1.3));
    }
    // The nested term is accented in place, not bracketed on its own.
    expect(translate(i18n.t, { key: 'actions.add_funds' })).toMatch(/^\[Åðð ƒûñðš[^\]]*\]$/);
  });
});
