import { PROBLEM_KIND_GROUPS, PROBLEM_KINDS, type ProblemKind } from '../problem/kinds';
import type { Problem } from '../problem/problem';
import { statedAmounts } from './amounts';
import type { Classifier, ClassifierOptions, ClassifyRule, RuleResult } from './classify.types';
import { type Gathered, gather } from './facts';
import { graphqlRequest } from './graphql';
import { byMeaning, indexMeanings, type MeaningIndex } from './messages';
import { fetchFailure, navigatorOnline } from './network';
import { PROVIDERS } from './providers/index';
import { retryAfterMs, WAIT_WORDS } from './retry-after';
import { kindOfStatus } from './status';

/** A quota that clears within the hour is a rate limit in all but name: wait, do not pay. */
const QUOTA_AS_RATE_LIMIT_MS = 36e5;
const TRANSIENT: readonly ProblemKind[] = PROBLEM_KIND_GROUPS.transient;

type Rule = (facts: Gathered) => RuleResult | undefined;
type Draft = { -readonly [K in keyof Problem]: Problem[K] };

let built: { readonly index: MeaningIndex; readonly scanner: RegExp } | undefined;

/**
 * One pattern for every word the rules look for — clue words, provider names, wait words — so the
 * text is scanned once however many rules there are. Longest first, so "not found" beats "not".
 */
export function clueScanner(words: Iterable<string>): RegExp {
  const all = new Set([...words, ...PROVIDERS.flatMap((provider) => provider.hints ?? []), ...WAIT_WORDS]);
  return new RegExp(
    `\\b(?:${[...all]
      .sort((a, b) => b.length - a.length)
      .join('|')
      .replaceAll('.', '\\.')})`,
    'g',
  );
}

/** Each provider's signs — the words that name it, the headers and codes only it sends — to its position. */
const SIGNS = new Map(
  PROVIDERS.flatMap((provider, i) =>
    [...(provider.hints ?? []), ...(provider.headers ?? []), ...(provider.codes ?? [])].map(
      (sign) => [sign, i] as const,
    ),
  ),
);

/** The provider that sent the failure: the first, in PROVIDERS order, whose signs are there. */
function providerOf(facts: Gathered): string | undefined {
  let first = PROVIDERS.length;
  const see = (sign: string) => {
    const at = SIGNS.get(sign);
    if (at !== undefined && at < first) first = at;
  };
  for (const word of facts.words) see(word);
  for (const code of facts.codes) see(code);
  if (facts.headers) for (const name of facts.headers.keys()) see(name);
  for (let i = 0; i < first; i++) if (PROVIDERS[i]?.detect?.(facts)) return PROVIDERS[i]?.id;
  return PROVIDERS[first]?.id;
}

function judge(facts: Gathered, rules: readonly Rule[]): RuleResult | undefined {
  for (const rule of rules) {
    try {
      const result = rule(facts);
      if (result) return result;
    } catch {
      // A throwing app rule is skipped, not fatal: the built-in rules still decide.
    }
  }
  return undefined;
}

function decide(input: unknown, rules: readonly Rule[], clues: RegExp, now: number): Problem {
  const facts = gather(input, now, clues);
  const result = judge(facts, rules);
  const verdict = typeof result === 'object' ? result : undefined;
  let kind = (typeof result === 'object' ? result.kind : result) ?? kindOfStatus(facts.status);
  // A rule written in plain JavaScript may return anything.
  if (!PROBLEM_KINDS.includes(kind)) kind = 'unknown';
  const waits = TRANSIENT.includes(kind) || kind === 'quota_exhausted';
  const zeroLimit = waits && facts.zeroLimit();
  let wait = zeroLimit || !waits ? undefined : (verdict?.retryAfterMs ?? retryAfterMs(facts, now));
  // "limit: 0" can never clear, whatever wait is attached to it.
  if (zeroLimit && kind === 'rate_limited') kind = 'quota_exhausted';
  if (kind === 'quota_exhausted' && wait !== undefined && wait <= QUOTA_AS_RATE_LIMIT_MS)
    kind = 'rate_limited';
  if (kind === 'quota_exhausted' && zeroLimit) wait = undefined;

  const problem: Draft = {
    kind,
    retryable: TRANSIENT.includes(kind) && facts.header('x-should-retry') !== 'false',
    cause: input,
  };
  if (facts.status !== undefined) problem.status = facts.status;
  const provider = verdict?.provider ?? providerOf(facts);
  if (provider) problem.provider = provider;
  const code = verdict?.code ?? facts.code;
  if (code) problem.code = code;
  if (wait !== undefined) problem.retryAfterMs = wait;
  if (facts.requestId) problem.requestId = facts.requestId;
  if (facts.detail) problem.detail = facts.detail;
  const amounts =
    verdict?.amounts ??
    ((kind === 'insufficient_funds' || kind === 'quota_exhausted' || kind === 'spending_limit_reached') &&
    /\d/.test(facts.text)
      ? statedAmounts(facts.text)
      : undefined);
  if (amounts) problem.amounts = amounts;
  return problem;
}

/**
 * A classifier with the app's own rules tried before the built-in ones. The built-in order: failures
 * that got no HTTP answer; each provider's quirks; GraphQL request codes; what the words (messages
 * and codes) mean; the bare status last.
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const now = options.now ?? Date.now;
  if (!built) {
    const index = indexMeanings();
    built = { index, scanner: clueScanner(index.keys()) };
  }
  const { index: meanings, scanner: clues } = built;
  const rules: readonly Rule[] = [
    ...(options.rules ?? ([] as readonly ClassifyRule[])),
    fetchFailure(options.isOnline ?? navigatorOnline),
    ...PROVIDERS.flatMap((provider) => (provider.classify ? [provider.classify] : [])),
    graphqlRequest,
    (facts) => byMeaning(facts, meanings),
  ];
  return (input) => {
    try {
      return decide(input, rules, clues, now());
    } catch {
      return { kind: 'unknown', retryable: false, cause: input };
    }
  };
}
