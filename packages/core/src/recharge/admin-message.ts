import { moneyRef } from '../copy/money-ref';
import { copyWithIntent } from '../copy/with-intent';
import type { IntentLabel } from '../intent/intent.types';
import type { Money } from '../money/money';
import type { CopyRef } from '../view-model/view-model.types';

/**
 * The message a user who cannot pay sends to whoever can: what they were doing when there is an intent
 * (`_intent`), and what the request needs when it is known (`_needed`), so the admin knows how much to add.
 */
export function adminMessageRef(intent: IntentLabel | undefined, needed: Money | undefined): CopyRef {
  const plain = copyWithIntent('recharge.admin.message', intent);
  if (!needed) return plain;
  const ref = moneyRef(`${plain.key}_needed`, { needed });
  return intent === undefined ? ref : { ...ref, values: { ...ref.values, intent } };
}
