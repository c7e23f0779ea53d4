export { fallbackByKind, type KindFallback } from './fallback-by-kind';
export { browserNetwork, randomId, systemClock } from './intent.adapters';
export { initialIntentState, isActiveStatus, isFinalStatus, transition } from './intent.machine';
export { createIntentRuntime } from './intent.runtime';
export {
  type BrowserTabsOptions,
  browserTabs,
  type ChannelLike,
  type LockManagerLike,
  readRemoteOutcome,
} from './intent.tabs';
export type {
  Clock,
  FinalStatus,
  IntentEffect,
  IntentEvent,
  IntentEventType,
  IntentFallback,
  IntentHandle,
  IntentLabel,
  IntentOutcome,
  IntentRuntime,
  IntentRuntimeOptions,
  IntentSnapshot,
  IntentSpec,
  IntentState,
  IntentStatus,
  IntentTransition,
  Logger,
  NetworkAdapter,
  PendingIntent,
  RemoteOutcome,
  RunContext,
  RunIntent,
  RunReason,
  TabCoordinator,
} from './intent.types';
