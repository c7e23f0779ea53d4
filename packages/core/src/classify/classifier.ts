import { isProblemKind, isTransientKind, type ProblemKind } from '../problem/kinds';
import type { Problem } from '../problem/problem';
import { statedAmounts } from './amounts';
import type { Classifier, ClassifierOptions, RuleResult } from './classify.types';
import { type Gathered, gather } from './facts';
import { graphqlRequest } from './graphql';
import { byMeaning, indexMeanings, type MeaningIndex } from './messages';
import { fetchFailure, navigatorOnline } from './network';
import { PROVIDERS } from './providers/index';
import { retryAfterMs, WAIT_WORDS } from './retry-after';
import { kindOfStatus } from './status';

/** A quota that clears within the hour is a rate limit in all but name: wait, do not pay. */
const QUOTA_AS_RATE_LIMIT_MS = 36e5;

type Verdict = Exclude<RuleResult, ProblemKind>;
type Rule = (facts: Gathered) => RuleResult | undefined;

/**
 * One pattern for every word the rules look for — clue words, provider names, wait words — so the
 * text is scanned once however many rules there are. Longest first, so "not found" beats "not".
 */
function clueScanner(index: MeaningIndex): RegExp {
  const words = new Set([
    ...index.keys(),
    ...PROVIDERS.flatMap((provider) => provider.hints ?? []),
    ...WAIT_WORDS,
  ]);
  return new RegExp(
    `\\b(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .join('|')
      .replaceAll('.', '\\.')})`,
    'g',
  );
}

/** The provider that sent the failure: named in its words, or recognised by its headers and codes. */
function providerOf(facts: Gathered): string | undefined {
  return PROVIDERS.find(
    (provider) => provider.hints?.some((hint) => facts.words.has(hint)) || provider.detect?.(facts),
  )?.id;
}
type Draft = { -readonly [K in keyof Problem]: Problem[K] };

function judge(facts: Gathered, rules: readonly Rule[]): Verdict | undefined {
  for (const rule of rules) {
    let result: RuleResult | undefined;
    try {
      result = rule(facts);
    } catch {
      // A throwing app rule is skipped, not fatal: the built-in rules still decide.
    }
    if (result) return typeof result === 'string' ? { kind: result } : result;
  }
  return undefined;
}

function decide(input: unknown, rules: readonly Rule[], scanner: RegExp, now: number): Problem {
  const facts = gather(input, now, scanner);
  const verdict = judge(facts, rules);
  let kind = verdict?.kind ?? kindOfStatus(facts.status);
  // A rule written in plain JavaScript may return anything.
  if (!isProblemKind(kind)) kind = 'unknown';
  const transient = isTransientKind(kind);
  let wait =
    facts.zeroLimit || !(transient || kind === 'quota_exhausted')
      ? undefined
      : (verdict?.retryAfterMs ?? retryAfterMs(facts, now));
  // "limit: 0" can never clear, whatever wait is attached to it.
  if (facts.zeroLimit && kind === 'rate_limited') kind = 'quota_exhausted';
  if (kind === 'quota_exhausted' && wait !== undefined && wait <= QUOTA_AS_RATE_LIMIT_MS)
    kind = 'rate_limited';
  if (kind === 'quota_exhausted' && facts.zeroLimit) wait = undefined;

  const problem: Draft = {
    kind,
    retryable: isTransientKind(kind) && facts.header('x-should-retry') !== 'false',
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
  const index = indexMeanings();
  const scanner = clueScanner(index);
  const rules: readonly Rule[] = [
    ...(options.rules ?? []),
    fetchFailure(options.isOnline ?? navigatorOnline),
    ...PROVIDERS.flatMap((provider) => (provider.classify ? [provider.classify] : [])),
    graphqlRequest,
    (facts) => byMeaning(facts, index),
  ];
  return (input) => {
    try {
      return decide(input, rules, scanner, now());
    } catch {
      return { kind: 'unknown', retryable: false, cause: input };
    }
  };
}
