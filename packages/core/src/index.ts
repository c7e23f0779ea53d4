export type {
  AccessKind,
  BillingKind,
  OtherKind,
  ProblemKind,
  ProblemKindGroup,
  RequestKind,
  TransientKind,
} from './problem/kinds';
export {
  isBillingKind,
  isProblemKind,
  isTransientKind,
  kindGroup,
  PROBLEM_KIND_GROUPS,
  PROBLEM_KINDS,
} from './problem/kinds';
