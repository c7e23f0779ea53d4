/** Schemes a link may use. Anything else — `javascript:`, `data:`, `vbscript:`, `file:` — is refused. */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export interface SafeLink {
  readonly href: string;
  /** `noopener noreferrer` for links that leave the page's origin. */
  readonly rel?: string;
}

const isDevelopment = () => {
  try {
    return (
      (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV !==
      'production'
    );
  } catch {
    return false;
  }
};

/**
 * A link the kit may render, or undefined. Links come from the app's props only, never from a
 * provider's body; even so, a dangerous scheme (or a text that is not a URL) is dropped, with a
 * development warning, rather than rendered.
 */
export function safeLink(url: string | undefined, base = currentOrigin()): SafeLink | undefined {
  const text = typeof url === 'string' ? url.trim() : '';
  if (!text) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(text, base);
  } catch {}
  if (!parsed || !ALLOWED_SCHEMES.has(parsed.protocol)) {
    if (isDevelopment())
      console.warn(
        `Tactful: refused the link ${JSON.stringify(text.slice(0, 80))}: not an http(s), mailto or tel URL.`,
      );
    return undefined;
  }
  if (parsed.origin !== new URL(base).origin && parsed.protocol.startsWith('http'))
    return { href: parsed.href, rel: 'noopener noreferrer' };
  // A relative link stays as the app wrote it, so server and browser render the same href.
  return { href: /^[a-z][a-z\d+.-]*:|^\/\//i.test(text) ? parsed.href : text };
}

function currentOrigin(): string {
  const location = (globalThis as { location?: { origin?: string } }).location;
  return location?.origin && location.origin !== 'null' ? location.origin : 'http://localhost';
}
