import type { StorageAdapter } from './storage.types';

export interface LeaseOptions {
  /** This tab's id. */
  readonly owner: string;
  readonly now: () => number;
  /** After this long a lease whose tab went away without releasing it is free again. */
  readonly ttlMs: number;
}

interface Lease {
  readonly owner: string;
  readonly until: number;
}

function readLease(storage: StorageAdapter, key: string): Lease | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    const lease = value as Partial<Lease> | null;
    return typeof lease?.owner === 'string' && typeof lease.until === 'number'
      ? { owner: lease.owner, until: lease.until }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A lock for runtimes without Web Locks: a lease with an expiry written to shared storage. Storage
 * has no compare-and-set, so two tabs can both write; reading back leaves only the last writer
 * holding it. What the lease cannot rule out the caller must (the runtime compares stored attempt
 * counts under the lease). A store that refuses the write shares nothing, so the lease is granted.
 */
export function claimLease(
  storage: StorageAdapter,
  key: string,
  { owner, now, ttlMs }: LeaseOptions,
): (() => void) | undefined {
  const held = readLease(storage, key);
  if (held && held.owner !== owner && held.until > now()) return undefined;
  storage.setItem(key, JSON.stringify({ owner, until: now() + ttlMs }));
  const after = readLease(storage, key);
  if (after && after.owner !== owner) return undefined;
  return () => {
    if (readLease(storage, key)?.owner === owner) storage.removeItem(key);
  };
}
