export type { ActionId, Tone } from './keys';
export {
  ACTION_IDS,
  ADMIN_FIXABLE_KINDS,
  CORE_COPY_KEYS,
  PLURAL_COPY_KEYS,
  PROVIDER_AWARE_KINDS,
  TONES,
} from './keys';
export { moneyRef, tooPreciseRef } from './money-ref';
export { joinSentences } from './sentences';
export { copyWithIntent } from './with-intent';
