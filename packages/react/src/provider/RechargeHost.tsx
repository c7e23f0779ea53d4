import type { RechargeRequest } from './provider.types';

/** The intent the recharge dialog was opened for, and whether it asks an admin rather than paying. */
export interface RechargeTarget {
  readonly intentId: string | undefined;
  readonly admin: boolean;
}

export interface RechargeHostProps {
  readonly target: RechargeTarget;
  readonly onRecharge: ((request: RechargeRequest) => Promise<unknown>) | undefined;
  readonly onClose: () => void;
}

// Wired to RechargeDialog once it lands.
export function RechargeHost(_props: RechargeHostProps) {
  return null;
}
