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

function allKinds(): readonly ProblemKind[] {
  return Object.values(PROBLEM_KIND_GROUPS).flat();
}

export const PROBLEM_KINDS: readonly ProblemKind[] = /* @__PURE__ */ allKinds();

export function kindGroup(kind: ProblemKind): ProblemKindGroup {
  for (const group in PROBLEM_KIND_GROUPS) {
    if ((PROBLEM_KIND_GROUPS[group as ProblemKindGroup] as readonly string[]).includes(kind)) {
      return group as ProblemKindGroup;
    }
  }
  return 'other';
}

export function isProblemKind(value: unknown): value is ProblemKind {
  return (
    typeof value === 'string' &&
    Object.values(PROBLEM_KIND_GROUPS).some((kinds) => (kinds as readonly string[]).includes(value))
  );
}

/** Only waiting can fix these, so they are the only kinds retried automatically. */
export function isTransientKind(kind: ProblemKind): kind is TransientKind {
  return kindGroup(kind) === 'transient';
}

/** A person with access to the account's billing has to act. */
export function isBillingKind(kind: ProblemKind): kind is BillingKind {
  return kindGroup(kind) === 'billing';
}
