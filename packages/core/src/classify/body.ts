import { isObject, read } from './read';

/** Characters of a text body parsed or scanned: error bodies are small, and a 10 MB string must stay cheap. */
const BODY_CAP = 16_384;

/** `"key": "value"` and `"key": 123` pairs, for JSON that does not parse (trailing commas, truncation). */
const LOOSE_PAIR = /"([\w$@]+)"\s*:\s*(?:"((?:[^"\\]|\\.){0,400})"|(-?\d+(?:\.\d+)?))/g;
const HTML_HEADING = /<(?:title|h1|h2)[^>]*>([^<]{1,200})/gi;
const SSE_DATA = /^data:[ \t]*(\{.*)$/gm;

function setStackTraceLimit(limit: unknown): void {
  try {
    Error.stackTraceLimit = limit as number;
  } catch {
    // A frozen `Error` (hardened runtimes) keeps its limit.
  }
}

/** JSON, or undefined. A failed parse would spend most of its time on a stack trace nobody reads. */
function parse(text: string): unknown {
  const limit = Error.stackTraceLimit;
  const quiet = typeof limit === 'number';
  if (quiet) setStackTraceLimit(0);
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  } finally {
    if (quiet) setStackTraceLimit(limit);
  }
}

/**
 * Reads a body that arrived as text: JSON, JSON that does not parse, server-sent `event: error`
 * frames, an HTML gateway page, or plain words. Structured parts go to `visit`; words to `say`.
 */
export function readTextBody(
  raw: string,
  visit: (value: unknown) => void,
  say: (words: string) => void,
): void {
  const head = (raw.length > BODY_CAP ? raw.slice(0, BODY_CAP) : raw).trim();
  const start = head[0];
  let found: unknown;
  if (start === '{' || start === '[') {
    found = raw.length <= BODY_CAP ? parse(head) : undefined;
    if (found === undefined) {
      // No prototype: a body key such as `__proto__` stays an ordinary key.
      const loose: Record<string, unknown> = Object.create(null);
      for (const [, key, text, number] of head.matchAll(LOOSE_PAIR)) {
        loose[key as string] ??= text === undefined ? Number(number) : (parse(`"${text}"`) ?? text);
        found = loose;
      }
    }
    if (found !== undefined) visit(found);
    else say(head);
  } else if (start === '<') {
    for (const [, heading] of head.matchAll(HTML_HEADING)) say((heading as string).trim());
  } else {
    if (/^(?:event|data|id|retry):/.test(head)) {
      for (const [, data] of head.matchAll(SSE_DATA)) {
        const frame = data?.includes('"error"') ? parse(data) : undefined;
        if (frame !== undefined) {
          found = frame;
          visit(frame);
        }
      }
    }
    if (found === undefined) say(head);
  }
}

/**
 * An error message that carries the body as JSON — `@google/genai`'s `ApiError` does
 * (`got status: 429 Too Many Requests. {"error":{…}}`) — gives that body; otherwise undefined.
 */
export function jsonInMessage(message: string): unknown {
  const at = message.length <= BODY_CAP ? message.search(/[[{]\s*["[{]/) : -1;
  return at < 0 ? undefined : parse(message.slice(at));
}

/** Whether a value is an error object, including errors from another realm (iframes, jsdom). */
export function isErrorLike(value: unknown): boolean {
  return value instanceof Error || (isObject(value) && typeof read(value, 'stack') === 'string');
}
