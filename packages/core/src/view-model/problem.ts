import { initialIntentState } from '../intent/intent.machine';
import type { IntentLabel } from '../intent/intent.types';
import { kindGroup } from '../problem/kinds';
import type { Problem } from '../problem/problem';
import { deriveViewModel } from './view-model';
import type { IntentViewModel, ViewModelContext } from './view-model.types';

/**
 * The view model for an error the app already has (from its data library, say), with no intent to
 * replay: worded like the kit's other messages, as the intent machine would leave such a request —
 * billing and access wait for a person, the rest failed. Undefined for a request stopped on purpose.
 */
export function deriveProblemViewModel(
  problem: Problem,
  label: IntentLabel | undefined,
  context: ViewModelContext,
): IntentViewModel | undefined {
  if (problem.kind === 'aborted') return undefined;
  const group = kindGroup(problem.kind);
  const blocked = group === 'billing' || group === 'access';
  return deriveViewModel(
    {
      id: 'problem',
      idempotencyKey: '',
      label,
      state: { ...initialIntentState(), status: blocked ? 'blocked' : 'failed', attempt: 1, problem },
    },
    context,
  );
}
