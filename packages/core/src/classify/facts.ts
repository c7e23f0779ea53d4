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
const MAX_KEYS = 48;
const MAX_ITEMS = 4;
const MAX_CODES = 16;

/**
 * Where SDK errors and responses keep what matters. Class instances (SDK errors, `Response`, axios
 * errors) hold these as getters or non-enumerable fields, so they are read by name.
 */
const INSTANCE_KEYS = [
  'status',
  'statusCode',
  'code',
  'type',
  'name',
  'decline_code',
  'requestID',
  'requestId',
  'headers',
  '$metadata',
  '$retryable',
  'error',
  'errors',
  'raw',
  'body',
  'response',
  'data',
];

/** The facts, plus what only the classifier itself uses. */
export interface Gathered extends FailureFacts {
  /** The code to report: a `code` field's, else a `reason`'s, else a `type`'s or a `name`'s. */
  readonly code: string | undefined;
  /** The clue words (see `messages.ts`) found at word starts in the text, by one scan. */
  readonly words: ReadonlySet<string>;
  /** The response headers, lower-case names; undefined when there are none. */
  readonly headers: Map<string, string> | undefined;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  /** A wait stated in the body (Google's `RetryInfo.retryDelay`, `retry_after`). */
  readonly retryHintMs: number | undefined;
  /** The quota says `limit: 0`: it can never clear by waiting. */
  readonly zeroLimit: boolean;
}

function httpStatus(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{3}$/.test(value) ? Number(value) : value;
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
  let text = '';
  let detail: string | undefined;
  let requestId: string | undefined;
  let headers: unknown;
  let retryHintMs: number | undefined;
  let zeroLimit = false;
  let nodes = 0;

  const say = (words: string) => {
    if (text.length < TEXT_CAP && words) text = text ? `${text}\n${words}` : words;
  };
  const tell = (message: string) => {
    detail ??= message.slice(0, DETAIL_CAP);
    say(message.slice(0, MESSAGE_CAP));
  };
  // The code reported: a `code` field's over a `reason`'s over a `type`'s or a `name`'s.
  let mainCode: string | undefined;
  let mainRank = 3;
  const code = (raw: string, rank = 2) => {
    if (raw.length > 200 || codes.length >= MAX_CODES) return;
    const value = problemTypeSlug(raw) ?? raw;
    codes.push(value);
    if (rank < mainRank && value !== 'error' && !/^[A-Z]\w*Error$/.test(value)) {
      mainCode = value;
      mainRank = rank;
    }
    // As words, so the meaning rules read codes and messages alike: `rateLimitExceeded`, `RATE_LIMIT`.
    const words = /[a-z][A-Z]/.test(value) ? value.replace(/([a-z\d])(?=[A-Z])/g, '$1 ') : value;
    say(words.includes('_') ? words.replaceAll('_', ' ') : words);
  };
  const setStatus = (value: number, depth: number) => {
    if (depth < statusDepth) {
      status = value;
      statusDepth = depth;
    }
  };

  const take = (key: string, value: unknown, depth: number): void => {
    if (value == null) return;
    const isText = typeof value === 'string';
    switch (key) {
      case 'status':
      case 'statusCode':
      case 'httpStatusCode':
      case 'code':
      case 'error_code': {
        // Google and OpenRouter echo the HTTP status in `code`; Twilio's numbers are its own codes.
        const http = httpStatus(value);
        if (http !== undefined) setStatus(http, depth);
        else if (isText || key === 'code') code(String(value), key[0] === 's' || key[0] === 'h' ? 2 : 0);
        return;
      }
      case 'type':
      case 'reason':
      case 'decline_code':
      case 'name':
        // `Error` names nothing; every other name (`ThrottlingException`, `AbortError`) is a code.
        if (isText && value !== 'Error') code(value, key === 'reason' ? 1 : 2);
        return;
      case '__type':
        // AWS JSON protocol: "com.amazonaws.bedrock#ThrottlingException".
        if (isText) code(value.slice(value.lastIndexOf('#') + 1));
        return;
      case 'error':
        // OAuth-style `{ "error": "invalid_grant" }` is a code; `{ "error": "Daily limit exceeded" }` a message.
        if (!isText) visit(value, depth + 1);
        else if (value.includes(' ')) tell(value);
        else code(value);
        return;
      case 'message':
      case 'Message':
      case 'msg':
      case 'title':
      case 'detail':
      case 'error_description':
        if (isText) tell(value);
        else visit(value, depth + 1);
        return;
      case 'errors':
      case 'details':
      case 'extensions':
      case 'response':
      case 'raw':
      case 'body':
      case 'data':
      case 'cause':
      case '$metadata':
        visit(value, depth + 1);
        return;
      case 'request_id':
      case 'requestId':
      case 'requestID':
        if (isText) requestId ??= value;
        return;
      case 'headers':
        if (depth < 2) headers ??= value;
        return;
      case 'retry_after':
      case 'retryAfter':
      case 'retryDelay':
        retryHintMs ??= untilMs(String(value), now);
        return;
      case 'limit':
        if (value === 0) zeroLimit = true;
        return;
      case '$retryable':
        // AWS SDK v3 marks throttling errors `{ throttling: true }`.
        if (read(value, 'throttling') === true) code('throttling');
        return;
      default:
        // Links name the provider (docs.github.com, twilio.com/docs/errors/20003, doc_url, more_info).
        if (isText && value.startsWith('http')) say(value.slice(0, 200));
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
      if (prototype === Object.prototype || prototype === null) {
        let count = 0;
        for (const key in value) {
          if (++count > MAX_KEYS) break;
          take(key, read(value, key), depth);
        }
        return;
      }
      // A stream (an unread `Response.body`) has nothing to say synchronously.
      if (typeof read(value, 'getReader') === 'function') return;
      for (const key of INSTANCE_KEYS) take(key, read(value, key), depth);
      if (!isErrorLike(value)) return;
      // After the body, because SDKs repeat the body's message in theirs (and `@google/genai` puts
      // the whole body there); before the cause, which only says how it came about.
      const message = read(value, 'message');
      const body = typeof message === 'string' ? jsonInMessage(message) : undefined;
      if (body !== undefined) visit(body, depth + 1);
      else if (typeof message === 'string' && !detail) tell(message);
      take('cause', read(value, 'cause'), depth);
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
  const lower = text.slice(0, TEXT_CAP).toLowerCase();
  const words = new Set<string>();
  clueWords.lastIndex = 0;
  for (let match = clueWords.exec(lower); match; match = clueWords.exec(lower)) words.add(match[0]);
  return {
    words,
    code: mainCode,
    input,
    status,
    codes,
    text: lower,
    header,
    headers: table,
    detail,
    requestId: requestId ?? header('x-request-id') ?? header('request-id') ?? header('x-amzn-requestid'),
    retryHintMs,
    zeroLimit: zeroLimit || (lower.includes('limit: 0') && /\blimit: 0\b(?!\.\d)/.test(lower)),
  };
}
