import type { ActionId } from '../copy/keys';
import type { IntentAction, IntentViewModel } from '../view-model/view-model.types';

/** Never promoted to primary: they end or hide the request rather than fix it. */
const ENDINGS: readonly ActionId[] = ['discard', 'cancel', 'dismiss'];

/**
 * The view model with only the actions this page can take. When the primary one is not among them
 * the first remaining way forward becomes primary, so there is still exactly one (unless only
 * endings are left).
 */
export function withActions(
  viewModel: IntentViewModel,
  can: (action: ActionId) => boolean,
  extra: readonly IntentAction[] = [],
): IntentViewModel {
  const kept = [...viewModel.actions.filter((action) => can(action.id)), ...extra];
  const hadPrimary = viewModel.actions.some((action) => action.primary);
  if (!hadPrimary || kept.some((action) => action.primary)) return { ...viewModel, actions: kept };
  const promoted = kept.find((action) => !ENDINGS.includes(action.id));
  return { ...viewModel, actions: kept.map((action) => ({ ...action, primary: action === promoted })) };
}
