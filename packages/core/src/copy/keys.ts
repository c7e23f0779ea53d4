import { PROBLEM_KINDS, type ProblemKind } from '../problem/kinds';

/**
 * The copy keys the core view model emits, all in the `tactful` namespace.
 * This list is the contract between `@tactful/core` and `locales/en/tactful.json`:
 * a test checks that English has every key here (plural keys as `_one`/`_other`).
 *
 * Scheme
 * - `kinds.<kind>.title`            a few words: "Your balance has run out"
 * - `kinds.<kind>.cause`            what happened, one sentence, no intent: "The account balance has run out."
 * - `kinds.<kind>.cause_intent`     the same, naming what the user was doing through {{intent}}
 * - `kinds.<kind>.cause_provider`   the same, naming the service through {{provider}} (provider-aware kinds only)
 * - `kinds.<kind>.cause_intent_provider`
 * - `kinds.<kind>.next`             the way back, for a user who can take it: "Add funds and we'll pick up where you left off."
 * - `kinds.<kind>.next_admin`       the way back for a user who cannot (billing and access kinds): "Ask an admin to add funds…"
 * - `amounts.*`                     balance and amount needed, through i18next's currency formatter
 * - `states.<state>.*`              sentences that belong to a machine state rather than a kind
 * - `actions.<action>`              button labels: a verb and a noun
 * - `a11y.*`                        accessible names and announcements
 * - `tones.<tone>`                  the tone as words, so it is never carried by colour alone
 *
 * Values: {{intent}} and {{fallback}} are labels the app supplies (already translated text);
 * {{provider}} is the service's display name; {{count}} drives plurals; money values are major-unit
 * numbers formatted with `{{balance, currency}}` and a `formatParams` entry giving the currency.
 */

/** Kinds whose copy can name the service that sent them. */
export const PROVIDER_AWARE_KINDS: readonly ProblemKind[] = [
  'insufficient_funds',
  'quota_exhausted',
  'spending_limit_reached',
  'billing_inactive',
  'payment_method_failed',
  'rate_limited',
  'overloaded',
  'outage',
  'timeout',
  'auth_invalid',
  'permission_denied',
];

/** Kinds that only a person with access to billing or administration can fix. */
export const ADMIN_FIXABLE_KINDS: readonly ProblemKind[] = [
  'insufficient_funds',
  'quota_exhausted',
  'spending_limit_reached',
  'billing_inactive',
  'payment_method_failed',
  'auth_invalid',
  'permission_denied',
];

export const ACTION_IDS = [
  'add_funds',
  'update_payment',
  'enable_billing',
  'raise_limit',
  'upgrade_plan',
  'sign_in',
  'ask_admin',
  'retry_now',
  'try_again',
  'use_fallback',
  'edit_request',
  'check_status',
  'resume',
  'discard',
  'dismiss',
  'cancel',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export const TONES = ['critical', 'warning', 'info', 'success'] as const;
export type Tone = (typeof TONES)[number];

/** Keys that take {{count}} and so exist in English as `_one` and `_other`. */
export const PLURAL_COPY_KEYS = [
  'states.waiting.countdown',
  'states.failed.exhausted',
  'resume.body_count',
  'a11y.countdown',
] as const;

const STATE_KEYS = [
  'states.running.title',
  'states.running.body',
  'states.running.body_intent',
  'states.resuming.title',
  'states.resuming.body',
  'states.resuming.body_intent',
  'states.succeeded.title',
  'states.succeeded.body',
  'states.succeeded.body_intent',
  'states.recovering.title',
  'states.recovering.body',
  'states.recovering.body_intent',
  'states.waiting.retrying',
  'states.offline.next',
  'states.degraded.title',
  'states.degraded.body',
  'states.degraded.body_intent',
  'states.failed.next',
  'states.cancelled.title',
  'states.cancelled.body',
  'states.cancelled.body_intent',
  'fallback.offer',
  'resume.title',
  'resume.body_intent',
  'amounts.balance',
  'amounts.needed',
  'amounts.balance_needed',
  'a11y.dismiss',
  'a11y.close',
  'a11y.region',
] as const;

function kindKeys(kind: ProblemKind): string[] {
  const keys = [
    `kinds.${kind}.title`,
    `kinds.${kind}.cause`,
    `kinds.${kind}.cause_intent`,
    `kinds.${kind}.next`,
  ];
  if (PROVIDER_AWARE_KINDS.includes(kind)) {
    keys.push(`kinds.${kind}.cause_provider`, `kinds.${kind}.cause_intent_provider`);
  }
  if (ADMIN_FIXABLE_KINDS.includes(kind)) keys.push(`kinds.${kind}.next_admin`);
  return keys;
}

function coreCopyKeys(): string[] {
  return [
    ...PROBLEM_KINDS.flatMap(kindKeys),
    ...STATE_KEYS,
    ...ACTION_IDS.map((id) => `actions.${id}`),
    ...TONES.map((tone) => `tones.${tone}`),
  ];
}

/**
 * Every singular key the core emits; plural keys are in PLURAL_COPY_KEYS. Built by a named call so
 * the pure annotation survives the build and apps that never read the list do not ship it.
 */
export const CORE_COPY_KEYS: readonly string[] = /* @__PURE__ */ coreCopyKeys();
