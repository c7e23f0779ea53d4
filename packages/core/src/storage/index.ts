export { type IntentStore, type IntentStoreOptions, intentStore } from './intent-store';
export type { LeaseOptions } from './lease';
export { claimLease } from './lease';
export { memoryStorage } from './memory';
export type { IntentRecord } from './record';
export { decodeIntentRecord, encodeIntentRecord, INTENT_RECORD_VERSION } from './record';
export type { StorageAdapter } from './storage.types';
export { localStorageAdapter, sessionStorageAdapter, webStorage } from './web';
