import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, badRequest } from './api-error';
import type { Reply } from './reply';

export const MAX_BODY_BYTES = 64 * 1024;

/** Headers on every /api answer: nothing here may be cached, and nothing may be sniffed into HTML. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * The request body as JSON, or `undefined` when there is none. Bodies are capped: past the cap the rest
 * is read and dropped (so the client still gets the 413 instead of a reset connection) up to a hard
 * limit, after which the connection is closed.
 */
export async function readJsonBody(
  request: IncomingMessage,
  limit: number = MAX_BODY_BYTES,
): Promise<unknown> {
  const type = request.headers['content-type'];
  if (type !== undefined && !/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    await drain(request, limit * 16);
    throw new ApiError(
      415,
      'unsupported_media_type',
      'Send the body as JSON with Content-Type: application/json.',
    );
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    await drain(request, limit * 16);
    throw tooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit * 16) {
      request.destroy();
      break;
    }
    if (size > limit) overflow = true;
    if (!overflow) chunks.push(buffer);
  }
  if (overflow) throw tooLarge(limit);
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(
      'invalid_json',
      `The body is not valid JSON: ${error instanceof Error ? error.message : 'parse error'}.`,
    );
  }
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'body_too_large', `The body must be at most ${limit} bytes.`, {
    headers: { connection: 'close' },
  });
}

async function drain(request: IncomingMessage, hardLimit: number): Promise<void> {
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > hardLimit) {
      request.destroy();
      return;
    }
  }
}

export function send(
  response: ServerResponse,
  reply: Reply,
  options: { readonly headers?: Readonly<Record<string, string>>; readonly head?: boolean } = {},
): void {
  if (response.headersSent || response.destroyed) return;
  const headers: Record<string, string> = {};
  // Recorded fixtures spell header names their own way; one spelling each avoids sending two.
  for (const [name, value] of Object.entries({ ...options.headers, ...reply.headers })) {
    headers[name.toLowerCase()] = value;
  }
  let payload: string | Buffer | undefined;
  if (Buffer.isBuffer(reply.body)) {
    payload = reply.body;
    headers['content-type'] ??= 'application/octet-stream';
  } else if (typeof reply.body === 'string') {
    payload = reply.body;
    headers['content-type'] ??= /^\s*</.test(reply.body)
      ? 'text/html; charset=utf-8'
      : 'text/plain; charset=utf-8';
  } else if (reply.body !== null && reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  const bytes = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  headers['content-length'] = String(bytes?.length ?? 0);
  response.writeHead(reply.status, headers);
  response.end(options.head ? undefined : bytes);
}
