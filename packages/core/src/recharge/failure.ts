import type { Problem } from '../problem/problem';
import type { CopyRef } from '../view-model/view-model.types';

/** What a failed recharge says: a title, whole sentences in order, and the label of the way to try again. */
export interface RechargeFailureCopy {
  readonly title: CopyRef;
  readonly body: readonly CopyRef[];
  readonly retry: CopyRef;
}

/**
 * What a failed recharge tells the user: a declined card gets the payment copy, anything else its kind's
 * title and cause, and that the request is still saved.
 */
export function rechargeFailureCopy(problem: Problem): RechargeFailureCopy {
  if (problem.kind === 'payment_method_failed') {
    return {
      title: { key: 'recharge.declined.title' },
      body: [{ key: 'recharge.declined.body' }],
      retry: { key: 'recharge.declined.actions.retry' },
    };
  }
  return {
    title: { key: `kinds.${problem.kind}.title` },
    body: [{ key: `kinds.${problem.kind}.cause` }, { key: 'states.failed.next' }],
    retry: { key: 'actions.try_again' },
  };
}
