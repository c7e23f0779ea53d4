import type { IntentLabel } from '../intent/intent.types';
import type { CopyRef } from '../view-model/view-model.types';

/**
 * The `_intent` variant of a key when there is an intent to name (`recharge.body_intent` with
 * `{{intent}}`), else the general one (`recharge.body`).
 */
export const copyWithIntent = (key: string, intent: IntentLabel | undefined): CopyRef =>
  intent === undefined ? { key } : { key: `${key}_intent`, values: { intent } };
