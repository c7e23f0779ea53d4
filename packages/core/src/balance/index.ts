export type {
  BalanceBand,
  BalanceHysteresis,
  BalanceLevel,
  BalanceMonitor,
  BalanceMonitorClock,
  BalanceMonitorEvent,
  BalanceMonitorEvents,
  BalanceMonitorOptions,
  BalanceMonitorScheduler,
  BalanceReadError,
  BalanceReader,
  BalanceReading,
  BalanceRunway,
  BalanceSample,
  BalanceSnapshot,
  BalanceThreshold,
  BalanceThresholds,
  BalanceWarningLevel,
  PageVisibility,
  PageVisibilityEvent,
  ResolvedBalanceThresholds,
  RunwayOptions,
  RunwayUnknownReason,
} from './balance.types';
export type { BalanceCopy, BalanceCopyKey, BalanceCopyRef, BalanceThresholdMarker } from './copy';
export { BALANCE_COPY_KEYS, BALANCE_PLURAL_COPY_KEYS, balanceCopy } from './copy';
export { nextBalanceLevel, resolveBalanceThresholds } from './levels';
export { createBalanceMonitor } from './monitor';
export { estimateRunway, recordBalanceSample } from './runway';
export type { PageVisibilityEnvironment } from './visibility';
export { pageVisibility } from './visibility';
