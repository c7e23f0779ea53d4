/**
 * The little of Web Storage the kit needs, so localStorage, sessionStorage, memory or an app's own
 * store fit. Synchronous on purpose: a record is written before a lock is released, with no gap for
 * another tab to read the old one.
 */
export interface StorageAdapter {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key the store holds (the kit picks its own by prefix). */
  keys(): string[];
}
