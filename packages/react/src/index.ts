// Framework-free, so they live in @tactful/core; still exported here for apps that import them from React.
export type { MoneyInputOptions, MoneyInputProblem, MoneyInputResult } from '@tactful/core';
export { formatMoneyInput, parseMoneyInput } from '@tactful/core';
export type { AutoRechargeSettingsProps } from './auto-recharge/AutoRechargeSettings';
export { AutoRechargeSettings } from './auto-recharge/AutoRechargeSettings';
export type { BalanceMeterProps } from './balance/BalanceMeter';
export { BalanceMeter } from './balance/BalanceMeter';
export type { LowBalanceBannerProps } from './balance/LowBalanceBanner';
export { LowBalanceBanner } from './balance/LowBalanceBanner';
export type { BalanceState } from './balance/useBalance';
export { useBalance } from './balance/useBalance';
export type { BannerProps } from './banner/Banner';
export { Banner } from './banner/Banner';
export type { ProblemBannerProps } from './banner/ProblemBanner';
export { ProblemBanner } from './banner/ProblemBanner';
export type { RetryCountdownProps } from './countdown/RetryCountdown';
export { RetryCountdown } from './countdown/RetryCountdown';
export type { CurrencyInputProps } from './currency-input/CurrencyInput';
export { CurrencyInput } from './currency-input/CurrencyInput';
export type { FallbackOfferProps } from './fallback/FallbackOffer';
export { FallbackOffer } from './fallback/FallbackOffer';
export type { IntentActions, UseIntentResult, UseIntentSpec } from './hooks/useIntent';
export { useIntent } from './hooks/useIntent';
export type { PendingIntents } from './hooks/usePendingIntents';
export { usePendingIntents } from './hooks/usePendingIntents';
export type { ProblemMessage, UseProblemOptions } from './hooks/useProblem';
export { useProblem } from './hooks/useProblem';
export type { Politeness } from './live-region/announcer';
export type { PaymentIssueBannerProps } from './payment/PaymentIssueBanner';
export { PaymentIssueBanner } from './payment/PaymentIssueBanner';
export { useTactful } from './provider/context';
export type {
  AppActionHandler,
  RechargeRequest,
  RechargeSettings,
  TactfulContextValue,
  TactfulFallback,
  TactfulProviderProps,
} from './provider/provider.types';
export { TactfulProvider } from './provider/TactfulProvider';
export type { RechargeDialogProps } from './recharge/RechargeDialog';
export { RechargeDialog } from './recharge/RechargeDialog';
export type { ResumePromptProps } from './resume/ResumePrompt';
export { ResumePrompt } from './resume/ResumePrompt';
export type { PageStatus, StatusBannerProps } from './status/StatusBanner';
export { StatusBanner } from './status/StatusBanner';
