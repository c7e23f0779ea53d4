import { isErrorLike, jsonInMessage, readTextBody } from './body';
import type { FailureFacts } from './classify.types';
import { untilMs } from './duration';
import { readHeaders } from './headers';
import { isObject, read } from './read';
import { problemTypeSlug } from './rfc9457';

/** Characters of text the rules scan (and of any one message): enough for real messages, cheap for a 10 MB one. */
const TEXT_CAP = 2_048;
const MESSAGE_CAP = 1_024;
const DETAIL_CAP = 1_000;
/** Bounds on the walk, so deep, wide or cyclic inputs cost the same as small ones. */
const MAX_DEPTH = 8;
const MAX_NODES = 64;
const MAX_ITEMS = 4;
const MAX_CODES = 16;

/**
 * The fields the walk reads, by what they hold, in reading order: a status, codes, words, then what
 * an object contains (so an envelope's code comes before its inner error's). Fields are read by name,
 * never by listing an object's keys: an input may have a million keys, and JavaScript lists them all
 * before handing over the first.
 */
const FIELDS = {
  status: 'status statusCode httpStatusCode',
  // Google and OpenRouter echo the HTTP status in `code`; Twilio's numbers are its own codes.
  code: 'code error_code',
  // `__type` is AWS's JSON protocol: "com.amazonaws.bedrock#ThrottlingException".
  type: 'type name decline_code __type',
  reason: 'reason',
  requestId: 'request_id requestId requestID',
  // Google's RetryInfo puts it in `details[].retryDelay`.
  wait: 'retry_after retryAfter retryDelay',
  limit: 'limit',
  // AWS SDK v3 marks throttling errors `$retryable: { throttling: true }`.
  retryable: '$retryable',
  headers: 'headers',
  // Links name the provider (docs.github.com, twilio.com/docs/errors/20003, stripe.com/docs).
  link: 'doc_url documentation_url more_info moreInfo',
  // OAuth-style `{ "error": "invalid_grant" }` is a code; `{ "error": "Daily limit exceeded" }` a message.
  error: 'error',
  words: 'detail title message Message msg error_description',
  inside: 'errors details extensions $metadata raw body response data cause',
};
type Role = keyof typeof FIELDS;
const NAMES: string[] = [];
const ROLES: Role[] = [];
for (const role in FIELDS) {
  for (const name of FIELDS[role as Role].split(' ')) {
    NAMES.push(name);
    ROLES.push(role as Role);
  }
}

/** The facts, plus what only the classifier itself uses. */
export interface Gathered extends FailureFacts {
  /** The code to report: a `code` field's, else a `reason`'s, else a `type`'s or a `name`'s. */
  readonly code: string | undefined;
  /** The clue words (see `messages.ts`) found at word starts in the text, by one scan. */
  readonly words: readonly string[];
  /** The response headers, lower-case names; undefined when there are none. */
  readonly headers: Map<string, string> | undefined;
  /** The provider's message, for logs: the longest it gave. */
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  /** A wait stated in the body (Google's `RetryInfo.retryDelay`, `retry_after`). */
  readonly retryHintMs: number | undefined;
  /** Whether the quota says `limit: 0`: it can never clear by waiting. */
  readonly zeroLimit: () => boolean;
}

function httpStatus(value: unknown): number | undefined {
  // Most string codes are words: the length spares them the pattern.
  const n = typeof value === 'string' && value.length === 3 && /^\d{3}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

/**
 * Walks the input once, within fixed bounds, and returns what it says about the failure.
 * `clueWords` is a global pattern of every clue word, run once over the text.
 */
export function gather(input: unknown, now: number, clueWords: RegExp): Gathered {
  let status: number | undefined;
  let statusDepth = MAX_DEPTH + 1;
  const codes: string[] = [];
  // Distinct lines of text, in the order found.
  const lines: string[] = [];
  let length = 0;
  let detail: string | undefined;
  let requestId: string | undefined;
  let headers: unknown;
  let retryHintMs: number | undefined;
  let zeroLimit = false;
  let nodes = 0;
  let mainCode: string | undefined;
  let mainRank = 3;

  const say = (words: string) => {
    if (words && length < TEXT_CAP && !lines.includes(words)) {
      lines.push(words);
      length += words.length + 1;
    }
  };
  const tell = (message: string) => {
    if (message.length > (detail?.length ?? 0)) detail = message.slice(0, DETAIL_CAP);
    say(message.slice(0, MESSAGE_CAP));
  };
  // A code: kept as sent, reported when it ranks best (0 `code`, 1 `reason`, 2 `type`/`name`), said as words.
  const code = (raw: string, rank = 2) => {
    if (raw.length > 200 || codes.length >= MAX_CODES) return;
    // `lastIndexOf` is slow in V8 (a runtime call); `includes` spares it for codes without a `#`.
    const value = problemTypeSlug(raw) ?? (raw.includes('#') ? raw.slice(raw.lastIndexOf('#') + 1) : raw);
    codes.push(value);
    // Class names (`RateLimitError`, `StripeCardError`) say which SDK threw, not what went wrong.
    if (rank < mainRank && value !== 'error' && !(value.endsWith('Error') && /^[A-Z]\w*$/.test(value))) {
      mainCode = value;
      mainRank = rank;
    }
    // As words, so the meaning rules read codes and messages alike: `rateLimitExceeded`, `RATE_LIMIT`.
    const words = /[a-z][A-Z]/.test(value) ? value.replace(/([a-z\d])(?=[A-Z])/g, '$1 ') : value;
    // A global regex replace builds a flat string; `replaceAll` builds one that costs more to read later.
    say(words.includes('_') ? words.replace(/_/g, ' ') : words);
  };

  const take = (role: Role, value: unknown, depth: number): void => {
    const text = typeof value === 'string' ? value : undefined;
    switch (role) {
      case 'status':
      case 'code': {
        const http = httpStatus(value);
        if (http !== undefined) {
          if (depth < statusDepth) {
            status = http;
            statusDepth = depth;
          }
        } else if (text !== undefined || (role === 'code' && typeof value === 'number')) {
          code(String(value), role === 'code' ? 0 : 2);
        }
        return;
      }
      case 'type':
      case 'reason':
        // `Error` names nothing; every other name (`ThrottlingException`, `AbortError`) is a code.
        if (text !== undefined && text !== 'Error') code(text, role === 'reason' ? 1 : 2);
        return;
      case 'error':
        if (text === undefined) visit(value, depth + 1);
        else if (text.includes(' ')) tell(text);
        else code(text);
        return;
      case 'words':
        if (text !== undefined) tell(text);
        else visit(value, depth + 1);
        return;
      case 'inside':
        visit(value, depth + 1);
        return;
      case 'requestId':
        if (text !== undefined) requestId ??= text;
        return;
      case 'headers':
        if (depth < 2) headers ??= value;
        return;
      case 'wait':
        if (text !== undefined || typeof value === 'number') retryHintMs ??= untilMs(String(value), now);
        return;
      case 'limit':
        if (value === 0) zeroLimit = true;
        return;
      case 'retryable':
        if (read(value, 'throttling') === true) code('throttling');
        return;
      case 'link':
        if (text?.startsWith('http')) say(text.slice(0, 200));
    }
  };

  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || ++nodes > MAX_NODES) return;
    if (typeof value === 'string') {
      readTextBody(value, (body) => visit(body, depth + 1), tell);
      return;
    }
    if (!isObject(value)) return;
    try {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length && i < MAX_ITEMS; i++) visit(value[i], depth + 1);
        return;
      }
      const prototype = Object.getPrototypeOf(value);
      const plain = prototype === Object.prototype || prototype === null;
      // A stream (an unread `Response.body`) has nothing to say synchronously.
      if (!plain && typeof read(value, 'getReader') === 'function') return;
      // An SDK error repeats the body's message in its own (`@google/genai` puts the whole body
      // there): its message is read after the body, and its cause, which only says how it came about, last.
      const error = !plain && isErrorLike(value);
      for (let i = 0; i < NAMES.length; i++) {
        const name = NAMES[i] as string;
        // Plain data keeps its fields as own properties; SDK objects may keep them as getters.
        if ((plain && !Object.hasOwn(value, name)) || (error && (name === 'message' || name === 'cause')))
          continue;
        const field = read(value, name);
        if (field != null) take(ROLES[i] as Role, field, depth);
      }
      if (!error) return;
      const message = read(value, 'message');
      if (typeof message === 'string') {
        const body = jsonInMessage(message);
        if (body !== undefined) visit(body, depth + 1);
        else if (!detail) tell(message);
      }
      const cause = read(value, 'cause');
      if (cause != null) visit(cause, depth + 1);
    } catch {
      // A hostile object (a throwing proxy trap) keeps whatever was read before it threw.
    }
  };

  visit(input, 0);
  const table = readHeaders(headers);
  const header = (name: string) => table?.get(name);
  // AWS puts the error type in a header: "ThrottlingException:http://internal.amazon.com/coral/…".
  const awsType = header('x-amzn-errortype');
  if (awsType) code(awsType.split(':')[0] as string);
  const text = lines.join('\n').slice(0, TEXT_CAP).toLowerCase();
  return {
    words: text.match(clueWords) ?? [],
    input,
    status,
    codes,
    text,
    header,
    code: mainCode,
    headers: table,
    detail,
    requestId: requestId ?? header('x-request-id') ?? header('request-id') ?? header('x-amzn-requestid'),
    retryHintMs,
    zeroLimit: () => zeroLimit || (text.includes('limit: 0') && /\blimit: 0\b(?!\.\d)/.test(text)),
  };
}
