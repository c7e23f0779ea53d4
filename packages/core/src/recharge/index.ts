export { adminMessageRef } from './admin-message';
export { type RechargeLimits, rechargeAmountError, rechargeHint } from './amount';
export { type RechargeFailureCopy, rechargeFailureCopy } from './failure';
export { suggestPreset } from './presets';
