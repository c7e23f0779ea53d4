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
 * provider's body; even so, a dangerous scheme is dropped (with a development warning) rather than
 * rendered.
 */
export function safeLink(url: string | undefined, base = currentOrigin()): SafeLink | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    warn(`Tactful: ignored a link that is not a URL: ${JSON.stringify(url.slice(0, 80))}`);
    return undefined;
  }
  if (!ALLOWED_SCHEMES.has(parsed.protocol)) {
    warn(`Tactful: refused a ${parsed.protocol} link; only http(s), mailto and tel links are rendered.`);
    return undefined;
  }
  const external = parsed.origin !== new URL(base).origin && parsed.protocol.startsWith('http');
  if (external) return { href: parsed.href, rel: 'noopener noreferrer' };
  // A relative link stays as the app wrote it, so server and browser render the same href.
  return { href: isRelative(url.trim()) ? url.trim() : parsed.href };
}

function isRelative(url: string): boolean {
  return !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('//');
}

function currentOrigin(): string {
  const location = (globalThis as { location?: { origin?: string } }).location;
  return location?.origin && location.origin !== 'null' ? location.origin : 'http://localhost';
}

function warn(message: string) {
  if (isDevelopment()) console.warn(message);
}
