import { describe, expect, it } from 'vitest';
import type { ActionId } from '../copy/keys';
import type { IntentAction, IntentViewModel } from '../view-model/view-model.types';
import { withActions } from './with-actions';

const action = (id: ActionId, primary = false): IntentAction => ({
  id,
  label: { key: `actions.${id}` },
  primary,
});
const viewModel = (actions: IntentAction[]) => ({ actions }) as unknown as IntentViewModel;
const ids = (model: IntentViewModel) => model.actions.map(({ id, primary }) => (primary ? `*${id}` : id));

describe('withActions', () => {
  it('keeps only the actions the page can take, then the extra ones', () => {
    const model = viewModel([action('add_funds', true), action('ask_admin'), action('discard')]);
    const kept = withActions(model, (id) => id !== 'ask_admin', [action('dismiss')]);
    expect(ids(kept)).toEqual(['*add_funds', 'discard', 'dismiss']);
  });

  it('promotes the first remaining way forward when the primary one is gone, never an ending', () => {
    const model = viewModel([action('add_funds', true), action('discard'), action('ask_admin')]);
    expect(ids(withActions(model, (id) => id !== 'add_funds'))).toEqual(['discard', '*ask_admin']);
    expect(ids(withActions(model, (id) => id === 'discard'))).toEqual(['discard']);
  });

  it('adds no primary where the view model had none', () => {
    const model = viewModel([action('dismiss'), action('retry_now')]);
    expect(ids(withActions(model, (id) => id === 'retry_now'))).toEqual(['retry_now']);
  });
});
