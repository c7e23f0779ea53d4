import { memoryStorage } from './memory';
import type { StorageAdapter } from './storage.types';

type WebArea = 'localStorage' | 'sessionStorage';

/**
 * Web Storage reached without trusting it: reading `localStorage` throws in some sandboxed frames,
 * writing throws when the quota is full or in some private modes. Such failures are swallowed here
 * (the intent stays in memory); an area that cannot be reached at all falls back to memory.
 */
export function webStorage(area: Storage): StorageAdapter {
  return {
    getItem: (key) => {
      try {
        return area.getItem(key);
      } catch {
        return null;
      }
    },
    setItem: (key, value) => {
      try {
        area.setItem(key, value);
      } catch {
        // Quota or privacy mode: the intent is still held in memory by the runtime.
      }
    },
    removeItem: (key) => {
      try {
        area.removeItem(key);
      } catch {
        // As above.
      }
    },
    keys: () => {
      try {
        const keys: string[] = [];
        for (let index = 0; index < area.length; index++) {
          const key = area.key(index);
          if (key !== null) keys.push(key);
        }
        return keys;
      } catch {
        return [];
      }
    },
  };
}

function reach(name: WebArea): StorageAdapter {
  try {
    const area = (globalThis as { [key in WebArea]?: Storage })[name];
    if (area) return webStorage(area);
  } catch {
    // A SecurityError on access: use memory.
  }
  return memoryStorage();
}

/** Shared by every tab of the origin and kept across reloads; memory where unavailable (SSR, workers). */
export function localStorageAdapter(): StorageAdapter {
  return reach('localStorage');
}

/** Kept across reloads of this tab only; memory where unavailable. */
export function sessionStorageAdapter(): StorageAdapter {
  return reach('sessionStorage');
}
