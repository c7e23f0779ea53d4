import { isIPv4, isIPv6 } from 'node:net';

/**
 * Whether `host` is an address only this machine can reach: 127.0.0.0/8, ::1 (also as an IPv4-mapped
 * address), or `localhost`. This server takes payments for pretend and has a reset button: it must
 * never listen where another machine can reach it.
 */
export function isLoopbackAddress(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (bare.toLowerCase() === 'localhost') return true;
  if (isIPv4(bare)) return bare.startsWith('127.');
  if (isIPv6(bare)) {
    // The URL parser writes every spelling of an address one way: 0:0:0:0:0:0:0:1 becomes ::1, and
    // ::ffff:127.0.0.1 becomes ::ffff:7f00:1.
    let canonical: string;
    try {
      canonical = new URL(`http://[${bare}]/`).hostname;
    } catch {
      return false;
    }
    return canonical === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
  }
  return false;
}

/**
 * The Host header names a loopback address too. A web page elsewhere can point its own domain name at
 * 127.0.0.1 (DNS rebinding) and then script this server; its requests carry that domain as Host.
 */
export function isLoopbackHostHeader(hostHeader: string | undefined): boolean {
  if (hostHeader === undefined || hostHeader === '') return false;
  const withoutPort = hostHeader.startsWith('[')
    ? hostHeader.slice(0, hostHeader.indexOf(']') + 1)
    : hostHeader.replace(/:\d*$/, '');
  return isLoopbackAddress(withoutPort);
}

/** The URL to print and to give the browser: IPv6 literals go in brackets. */
export function urlFor(host: string, port: number): string {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return `http://${isIPv6(bare) ? `[${bare}]` : bare}:${port}`;
}

/**
 * A browser names the page that sent a request in Origin. Only pages served from a loopback address
 * may drive this server; a page elsewhere could otherwise send a body-less POST (no preflight needed)
 * to /api/control/reset. Requests without Origin (curl, tests, same-origin GETs) pass.
 */
export function isAllowedOrigin(origin: string | undefined): boolean {
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).hostname;
  } catch {
    return false;
  }
  return isLoopbackAddress(host);
}
