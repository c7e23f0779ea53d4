const RTL_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);
// Only for runtimes without Intl.Locale.prototype.maximize.
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

interface TextInfoLocale {
  readonly textInfo?: { readonly direction?: string };
  getTextInfo?(): { readonly direction?: string };
}

/**
 * `'rtl'` for languages written right to left (`ar`, `he`, `fa`, `ur`, `ckb`, `az-Arab`…), else `'ltr'`,
 * for the `dir` attribute. A tag that cannot be read is `'ltr'`.
 */
export function dir(lng: string | undefined): 'ltr' | 'rtl' {
  if (!lng) return 'ltr';
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lng);
  } catch {
    return 'ltr';
  }
  // The script decides (az-Arab is rtl, ku is Latin): V8's textInfo looks at the language alone.
  const script =
    locale.script ?? (typeof locale.maximize === 'function' ? locale.maximize().script : undefined);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  const info = locale as unknown as TextInfoLocale;
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}
