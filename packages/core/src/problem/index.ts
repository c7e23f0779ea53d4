export type {
  AccessKind,
  BillingKind,
  OtherKind,
  ProblemKind,
  ProblemKindGroup,
  RequestKind,
  TransientKind,
} from './kinds';
export {
  isBillingKind,
  isProblemKind,
  isTransientKind,
  kindGroup,
  PROBLEM_KIND_GROUPS,
  PROBLEM_KINDS,
} from './kinds';
export type { Problem, ProblemAmounts } from './problem';
