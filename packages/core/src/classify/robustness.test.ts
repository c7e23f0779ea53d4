import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTransientKind, PROBLEM_KINDS } from '../problem/kinds';
import type { Problem } from '../problem/problem';
import { createClassifier } from './classifier';
import { type Clue, MEANINGS } from './messages';

const DAY_MS = 86_400_000;
const classify = createClassifier({ now: () => Date.parse('2025-06-02T15:14:30Z'), isOnline: () => true });

/** What every Problem promises, whatever went in. */
function expectValid(problem: Problem, input: unknown): void {
  expect(PROBLEM_KINDS).toContain(problem.kind);
  expect(typeof problem.retryable).toBe('boolean');
  if (problem.retryable) expect(isTransientKind(problem.kind)).toBe(true);
  if (problem.retryAfterMs !== undefined) {
    expect(Number.isFinite(problem.retryAfterMs)).toBe(true);
    expect(problem.retryAfterMs).toBeGreaterThanOrEqual(0);
    expect(problem.retryAfterMs).toBeLessThanOrEqual(DAY_MS);
  }
  if (problem.status !== undefined) {
    expect(Number.isInteger(problem.status)).toBe(true);
    expect(problem.status).toBeGreaterThanOrEqual(100);
    expect(problem.status).toBeLessThanOrEqual(599);
  }
  if (problem.provider !== undefined) expect(problem.provider).toMatch(/^[a-z]+$/);
  if (problem.detail !== undefined) expect(problem.detail.length).toBeLessThanOrEqual(1_000);
  expect(Object.is(problem.cause, input)).toBe(true);
}

/** Keys that matter to the walk, and keys that attack prototypes. */
const key = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'error',
    'errors',
    'message',
    'detail',
    'details',
    'status',
    'statusCode',
    'code',
    'type',
    'reason',
    'name',
    'headers',
    'body',
    'data',
    'response',
    'cause',
    'retryDelay',
    'retry_after',
    'limit',
    '$metadata',
    '$retryable',
  ),
);

const clueWords = MEANINGS.flatMap((meaning) =>
  meaning.slice(1).map((clue) => (typeof clue === 'string' ? clue : (clue as Clue)[0])),
);
/** Text made of the words the rules look for, so the properties exercise the rules, not just their misses. */
const wordy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...clueWords,
        'retry in',
        'try again in',
        'limit: 0',
        'per day',
        'quota',
        'exceeded',
        '\n',
      ),
      fc.constantFrom(
        '45s',
        '6m0s',
        '20ms',
        '1e309',
        '-3',
        '99999999 seconds',
        'NaN',
        '2025-06-02T15:15:48Z',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

const headerValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '0',
    '16',
    '-1',
    '1e309',
    'NaN',
    '6m0s',
    '20ms',
    'Mon, 02 Jun 2025 15:15:30 GMT',
    '99999999999999',
    'false',
  ),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  fc.integer(),
  fc.double(),
);
const headerName = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'retry-after',
    'Retry-After',
    'retry-after-ms',
    'x-ratelimit-reset',
    'x-ratelimit-remaining',
    'x-ratelimit-reset-tokens',
    'x-ratelimit-remaining-tokens',
    'anthropic-ratelimit-tokens-reset',
    'ratelimit-reset',
    'x-should-retry',
    'x-amzn-errortype',
    'x-request-id',
    '__proto__',
    'constructor',
  ),
);
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 12 });

const body = fc.oneof(
  fc.jsonValue(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  wordy,
  wordy.map((text) => JSON.stringify({ error: { message: text, code: text.slice(0, 12) } })),
  wordy.map((text) => `event: error\ndata: {"error": {"message": ${JSON.stringify(text)}}}\n\n`),
  wordy.map((text) => `<html><head><title>${text}</title></head></html>`),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const responseLike = fc.record(
  {
    status: fc.oneof(
      fc.integer({ min: -10, max: 1_000 }),
      fc.constantFrom('429', 'RESOURCE_EXHAUSTED', 'oops'),
      fc.double(),
    ),
    headers,
    body,
  },
  { requiredKeys: [] },
);

/** An object nested `depth` levels deep through keys the walk follows. */
const deep = fc
  .tuple(
    fc.integer({ min: 1, max: 20_000 }),
    fc.array(fc.constantFrom('error', 'errors', 'body', 'data', 'cause', 'detail', 'response', 'x'), {
      minLength: 1,
      maxLength: 5,
    }),
  )
  .map(([depth, keys]) => {
    let value: unknown = { message: 'Rate limit exceeded', code: 'rate_limit_exceeded' };
    for (let i = 0; i < depth; i++)
      value = i % 3 === 0 ? [value] : { [keys[i % keys.length] as string]: value };
    return value;
  });

function prototypesSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');
}

describe('classify never throws and always gives a valid Problem', () => {
  const runs = { numRuns: 1_000 };

  it('for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectValid(classify(value), value)),
      runs,
    );
  });

  it('for arbitrary strings, including text built from the rules’ own words', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), wordy), (text) =>
        expectValid(classify(text), text),
      ),
      runs,
    );
  });

  it('for response-like objects with arbitrary header maps and bodies', () => {
    fc.assert(
      fc.property(responseLike, (input) => expectValid(classify(input), input)),
      runs,
    );
  });

  it('for arbitrary values of any type, with prototype-named keys and null prototypes', () => {
    const anything = fc.anything({
      key,
      maxDepth: 4,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    });
    fc.assert(
      fc.property(anything, (value) => expectValid(classify(value), value)),
      runs,
    );
  });

  it('for deep nesting (up to 20 000 levels)', () => {
    fc.assert(
      fc.property(deep, (value) => expectValid(classify(value), value)),
      { numRuns: 200 },
    );
  });
});

describe('classify does bounded work', () => {
  /** An object that counts how often its keys are listed (what `for…in` and `Object.keys` do first). */
  function counting<T extends object>(target: T): { value: T; listed: () => number } {
    let listed = 0;
    const value = new Proxy(target, {
      ownKeys(inner) {
        listed++;
        return Reflect.ownKeys(inner);
      },
    });
    return { value, listed: () => listed };
  }

  it('reads a body by field names and never lists its keys, so a million keys cost what three do', () => {
    const body = counting({ error: counting({ message: 'Rate limit exceeded', code: 'rate_limit' }).value });
    const wrapper = counting({ status: 429, body: body.value });
    expect(classify(wrapper.value)).toMatchObject({ kind: 'rate_limited', code: 'rate_limit' });
    expect(body.listed()).toBe(0);
    expect(wrapper.listed()).toBe(0);
  });

  it('finds the fields it knows in an object with many others', () => {
    const wide: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) wide[`key${i}`] = i;
    wide.error = { message: 'Your credit balance is too low.' };
    expect(classify({ status: 400, body: wide }).kind).toBe('insufficient_funds');
  });
});

describe('classify leaves everything as it found it', () => {
  it('modifies no prototype, whatever keys the input uses', () => {
    const before = prototypesSnapshot();
    const jsonWithProtoKeys = fc
      .dictionary(key, fc.oneof(fc.jsonValue(), fc.constant({ polluted: true, status: 429 })), { maxKeys: 8 })
      .map((record) => JSON.stringify({ ...record, __proto__x: 1 }).replace('"__proto__x"', '"__proto__"'));
    fc.assert(
      fc.property(jsonWithProtoKeys, headers, (text, headerMap) => {
        const parsed: unknown = JSON.parse(text);
        expectValid(classify(parsed), parsed);
        expectValid(classify(text), text);
        const input = { status: 400, headers: headerMap, body: text };
        expectValid(classify(input), input);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
      { numRuns: 1_000 },
    );
    expect(prototypesSnapshot()).toBe(before);
  });

  it('does not change its input, and answers the same twice', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), responseLike), (value) => {
        const before = JSON.stringify(value);
        const first = classify(value);
        const second = classify(value);
        expect(JSON.stringify(value)).toBe(before);
        expect({ ...second, cause: null }).toEqual({ ...first, cause: null });
      }),
      { numRuns: 1_000 },
    );
  });
});
