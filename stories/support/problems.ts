import {
  classify,
  initialIntentState,
  PROBLEM_KINDS,
  type Problem,
  type ProblemKind,
  transition,
} from '@tactful/core';
import { fixture, responseOf } from './fixtures';

/**
 * Where each kind's example problem comes from: a real provider response from the fixtures, or, for
 * kinds no provider sends (a cancelled request, a lost connection, a bug), the failure the platform
 * itself produces. Every problem is what the real classifier makes of it; a story checks that the
 * kind it shows is the kind it names, so a classifier change that moves one is caught.
 */
const SOURCES: Readonly<Record<ProblemKind, { readonly from: string; readonly input: () => unknown }>> = {
  insufficient_funds: fromFixture('openai-insufficient-quota'),
  quota_exhausted: fromFixture('anthropic-extra-usage-exhausted'),
  spending_limit_reached: fromFixture('openai-billing-hard-limit'),
  billing_inactive: fromFixture('openai-billing-not-active'),
  payment_method_failed: fromFixture('stripe-402-authentication-required-decline'),
  rate_limited: fromFixture('azure-openai-429-tpm-45s-new-wording'),
  overloaded: fromFixture('anthropic-overloaded-529'),
  outage: fromFixture('anthropic-api-error-500'),
  timeout: fromFixture('gemini-503-deadline-expired'),
  // The intent machine's own problem for a request made while the browser is offline.
  offline: { from: 'the intent machine, submitting while offline', input: () => offlineProblem() },
  auth_invalid: fromFixture('github-401-bad-credentials'),
  permission_denied: fromFixture('openai-unsupported-region'),
  invalid_request: fromFixture('aws-bedrock-validation-on-demand'),
  not_found: fromFixture('openai-model-not-found'),
  aborted: {
    from: "fetch's AbortError (the user cancelled)",
    input: () => new DOMException('The user aborted a request.', 'AbortError'),
  },
  unknown: {
    from: 'an Error the classifier cannot place',
    input: () => new Error('Unexpected end of JSON input'),
  },
};

function fromFixture(name: string) {
  return { from: `fixture ${name}`, input: () => responseOf(fixture(name)) };
}

function offlineProblem(): Problem {
  const { state } = transition(initialIntentState(), { type: 'submit', online: false });
  return state.problem ?? classify(new TypeError('Failed to fetch'));
}

export interface ExampleProblem {
  /** The kind this example stands for. */
  readonly kind: ProblemKind;
  /** What the classifier made of the input (its kind should be `kind`). */
  readonly problem: Problem;
  /** Where the input comes from, for the story's caption. */
  readonly from: string;
}

const cache = new Map<ProblemKind, ExampleProblem>();

export function exampleProblem(kind: ProblemKind): ExampleProblem {
  let example = cache.get(kind);
  if (!example) {
    const source = SOURCES[kind];
    const input = source.input();
    const problem = isProblem(input) ? input : classify(input);
    example = { kind, problem, from: source.from };
    cache.set(kind, example);
  }
  return example;
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'kind' in value && 'retryable' in value;

export const ALL_KINDS: readonly ProblemKind[] = PROBLEM_KINDS;

/**
 * An answer of the app's own API that states the figures ("Your balance is $0.40 but this request
 * costs $1.50."), classified for real: providers state token or credit counts, so a problem with money
 * amounts comes from an API like this one.
 */
export function ownApiProblem(message: string): Problem {
  return classify({ status: 402, body: { error: { code: 'insufficient_funds', message } } });
}
