/**
 * The canonical problem kinds: the public contract every other layer speaks.
 * Grouped by who can fix them, because that decides what the kit offers.
 */
export const PROBLEM_KIND_GROUPS = {
  billing: [
    'insufficient_funds',
    'quota_exhausted',
    'spending_limit_reached',
    'billing_inactive',
    'payment_method_failed',
  ],
  transient: ['rate_limited', 'overloaded', 'outage', 'timeout', 'offline'],
  access: ['auth_invalid', 'permission_denied'],
  request: ['invalid_request', 'not_found'],
  other: ['aborted', 'unknown'],
} as const;

export type ProblemKindGroup = keyof typeof PROBLEM_KIND_GROUPS;

export type BillingKind = (typeof PROBLEM_KIND_GROUPS.billing)[number];
export type TransientKind = (typeof PROBLEM_KIND_GROUPS.transient)[number];
export type AccessKind = (typeof PROBLEM_KIND_GROUPS.access)[number];
export type RequestKind = (typeof PROBLEM_KIND_GROUPS.request)[number];
export type OtherKind = (typeof PROBLEM_KIND_GROUPS.other)[number];

export type ProblemKind = BillingKind | TransientKind | AccessKind | RequestKind | OtherKind;

export const PROBLEM_KINDS: readonly ProblemKind[] = /* @__PURE__ */ Object.values(
  PROBLEM_KIND_GROUPS,
).flat();

const groupOfKind = /* @__PURE__ */ new Map<string, ProblemKindGroup>(
  (Object.keys(PROBLEM_KIND_GROUPS) as ProblemKindGroup[]).flatMap((group) =>
    PROBLEM_KIND_GROUPS[group].map((kind) => [kind, group] as const),
  ),
);

export function isProblemKind(value: unknown): value is ProblemKind {
  return typeof value === 'string' && groupOfKind.has(value);
}

export function kindGroup(kind: ProblemKind): ProblemKindGroup {
  return groupOfKind.get(kind) ?? 'other';
}

/** Only waiting can fix these, so they are the only kinds retried automatically. */
export function isTransientKind(kind: ProblemKind): kind is TransientKind {
  return kindGroup(kind) === 'transient';
}

/** A person with access to the account's billing has to act. */
export function isBillingKind(kind: ProblemKind): kind is BillingKind {
  return kindGroup(kind) === 'billing';
}
