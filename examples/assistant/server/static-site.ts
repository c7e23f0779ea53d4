import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { Reply } from './reply';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A built single-page app: files under `root`, and `index.html` for every route the app handles itself. */
export interface StaticSite {
  readonly root: string;
  readonly indexPath: string;
}

export class StaticSiteError extends Error {
  override readonly name = 'StaticSiteError';
}

export async function openStaticSite(folder: string): Promise<StaticSite> {
  let root: string;
  try {
    root = await realpath(folder);
  } catch {
    throw new StaticSiteError(`The static folder ${folder} does not exist. Build the app first.`);
  }
  const indexPath = join(root, 'index.html');
  const index = await stat(indexPath).catch(() => undefined);
  if (!index?.isFile()) {
    throw new StaticSiteError(`The static folder ${folder} has no index.html. Build the app first.`);
  }
  return { root, indexPath };
}

const STATIC_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' };

function text(status: number, message: string, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { ...STATIC_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers },
    body: message,
  };
}

/**
 * The path's segments, decoded one at a time, or undefined when a segment could climb out of the site
 * or hide a separator: `..`, `%2e%2e`, `%2f`, a backslash, a NUL byte, or broken percent-encoding.
 */
export function safeSegments(requestTarget: string): string[] | undefined {
  const path = requestTarget.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot === '' || (!fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !isAbsolute(fromRoot));
}

async function fileReply(path: string): Promise<Reply> {
  const body = await readFile(path);
  return { status: 200, headers: { ...STATIC_HEADERS, 'content-type': contentTypeFor(path) }, body };
}

/** Serves GET and HEAD for a non-API path. */
export async function serveStatic(site: StaticSite, method: string, requestTarget: string): Promise<Reply> {
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Method not allowed.', { allow: 'GET, HEAD' });
  const segments = safeSegments(requestTarget);
  if (segments === undefined) return text(400, 'Bad request path.');
  // Dotfiles (.env, .git) are never part of a built app.
  if (segments.some((segment) => segment.startsWith('.'))) return text(404, 'Not found.');
  const candidate = join(site.root, ...segments);
  if (!isInside(site.root, candidate)) return text(400, 'Bad request path.');
  const real = await realpath(candidate).catch(() => undefined);
  if (real !== undefined) {
    // A symbolic link inside the site must not lead outside it.
    if (!isInside(site.root, real)) return text(404, 'Not found.');
    const info = await stat(real).catch(() => undefined);
    if (info?.isFile()) return fileReply(real);
  }
  // A missing asset (it has an extension) is a 404; anything else is a route of the app itself.
  const last = segments.at(-1);
  if (last !== undefined && extname(last) !== '') return text(404, 'Not found.');
  return fileReply(site.indexPath);
}
