import { describe, expect, it } from 'vitest';
import { PROBLEM_KIND_GROUPS, type ProblemKind } from '../problem/kinds';
import { createClassifier } from './classifier';
import { classify } from './classify';
import type { ClassifyRule } from './classify.types';
import { type Clue, MEANINGS } from './messages';
import { providerName } from './provider-names';
import { PROVIDERS } from './providers/index';
import { WAIT_WORDS } from './retry-after';

describe('createClassifier', () => {
  const ownApi = { status: 409, body: { error: { code: 'WALLET_EMPTY', message: 'Top up your wallet' } } };

  it("tries the app's rules before the built-in ones", () => {
    expect(classify(ownApi).kind).toBe('invalid_request');
    const walletEmpty: ClassifyRule = ({ codes }) =>
      codes.includes('WALLET_EMPTY') ? 'insufficient_funds' : undefined;
    const classifier = createClassifier({ rules: [walletEmpty] });
    expect(classifier(ownApi)).toMatchObject({
      kind: 'insufficient_funds',
      retryable: false,
      code: 'WALLET_EMPTY',
      status: 409,
    });
    expect(classifier({ status: 429 }).kind).toBe('rate_limited');
  });

  it('lets a rule say more than the kind', () => {
    const classifier = createClassifier({
      rules: [
        ({ text }) =>
          text.includes('wallet')
            ? {
                kind: 'insufficient_funds',
                provider: 'acme',
                code: 'wallet',
                amounts: { balance: { minor: 0, currency: 'EUR' } },
              }
            : undefined,
      ],
    });
    expect(classifier(ownApi)).toMatchObject({
      kind: 'insufficient_funds',
      provider: 'acme',
      code: 'wallet',
      amounts: { balance: { minor: 0, currency: 'EUR' } },
    });
  });

  it('passes a rule the facts it needs', () => {
    let seen: unknown;
    createClassifier({
      rules: [
        (facts) => {
          seen = {
            status: facts.status,
            codes: facts.codes,
            text: facts.text,
            header: facts.header('x-trace'),
          };
          return undefined;
        },
      ],
    })({
      status: 418,
      headers: { 'X-Trace': 't1' },
      body: { error: { type: 'teapot_error', message: 'I am a Teapot' } },
    });
    expect(seen).toEqual({
      status: 418,
      codes: ['teapot_error'],
      text: 'teapot error\ni am a teapot',
      header: 't1',
    });
  });

  it('skips a rule that throws, and keeps kinds it does not know out of the result', () => {
    const classifier = createClassifier({
      rules: [
        () => {
          throw new Error('bug in app rule');
        },
        () => 'not_a_kind' as ProblemKind,
      ],
    });
    expect(classifier({ status: 429 }).kind).toBe('unknown');
    expect(
      createClassifier({
        rules: [
          () => {
            throw new Error('x');
          },
        ],
      })({ status: 429 }).kind,
    ).toBe('rate_limited');
  });
});

describe('the clue words', () => {
  const clueWords = MEANINGS.flatMap((meaning) =>
    meaning.slice(1).map((clue) => (typeof clue === 'string' ? clue : (clue as Clue)[0])),
  );
  const scanned = [
    ...new Set([...clueWords, ...PROVIDERS.flatMap((provider) => provider.hints ?? []), ...WAIT_WORDS]),
  ];

  it('are plain lower-case words, so one scan can find them all', () => {
    for (const word of scanned) expect(word).toMatch(/^[a-z][a-z ./]*$/);
  });

  it('never begin one another, nor hide one another at a word start', () => {
    for (const a of scanned) {
      for (const b of scanned) {
        if (a === b) continue;
        expect(`${a} begins with ${b}: ${a.startsWith(b)}`).toBe(`${a} begins with ${b}: false`);
        expect(` ${a}`.includes(` ${b}`)).toBe(false);
      }
    }
  });

  it('cover every kind a message can name', () => {
    const named = new Set(MEANINGS.map(([kind]) => kind));
    for (const kind of [
      ...PROBLEM_KIND_GROUPS.billing,
      ...PROBLEM_KIND_GROUPS.transient,
      ...PROBLEM_KIND_GROUPS.access,
      'not_found',
    ] as const) {
      if (kind === 'offline') continue;
      expect(named.has(kind)).toBe(true);
    }
  });
});

describe('providerName', () => {
  it('names every built-in provider', () => {
    for (const { id } of PROVIDERS) expect(providerName(id)).toMatch(/^[A-Z]/);
    expect(providerName('openai')).toBe('OpenAI');
    expect(providerName('anthropic')).toBe('Anthropic');
    // Not 'Google Gemini': the id also covers Vertex AI, Cloud billing and the older JSON APIs.
    expect(providerName('google')).toBe('Google');
  });

  it('knows nothing of ids it was not given, including object keys', () => {
    for (const id of ['acme', '', 'OpenAI', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(providerName(id)).toBeUndefined();
    }
  });
});
