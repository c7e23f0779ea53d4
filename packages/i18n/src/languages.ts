import { LOCALE_LOADERS } from './loaders';

/** A generated language: English, accented, a third longer and bracketed, to spot clipped or hard-coded text. */
export const PSEUDO_LOCALE = 'en-XA';

/** The languages whose copy ships with the kit (the pseudo-locale is generated from English). */
export const SHIPPED_LANGUAGES: readonly string[] = Object.keys(LOCALE_LOADERS);

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function languageAndScript(tag: string): string | undefined {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return `${locale.language}-${locale.script ?? ''}`;
  } catch {
    return undefined;
  }
}

/**
 * The shipped language that serves `requested`: the exact tag, else the only shipped one with the same
 * language and script (`es-MX` → `es`, `pt-PT` → `pt-BR`, `iw` → `he`). `zh-TW` (Traditional) is not
 * served Simplified Chinese. Undefined when nothing fits: English then shows.
 */
export function matchShippedLanguage(
  requested: string,
  shipped: readonly string[] = SHIPPED_LANGUAGES,
): string | undefined {
  const tag = canonical(requested);
  if (!tag) return undefined;
  const exact = shipped.find((code) => code.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const wanted = languageAndScript(tag);
  if (!wanted) return undefined;
  const candidates = shipped.filter((code) => languageAndScript(code) === wanted);
  if (candidates.length === 0) return undefined;
  // `es-MX` prefers a plain `es` over a sibling region when both ship.
  const base = tag.split('-')[0]?.toLowerCase();
  return (
    candidates.find((code) => code.toLowerCase() === base) ??
    (candidates.length === 1 ? candidates[0] : undefined)
  );
}

/** `zh-Hant-TW` → `['zh', 'zh-Hant', 'zh-Hant-TW']`: from the most general tag to the most specific. */
export function languageChain(tag: string): string[] {
  const parts = (canonical(tag) ?? tag).split('-');
  return parts.map((_, index) => parts.slice(0, index + 1).join('-'));
}
