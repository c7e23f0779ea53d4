import type { ClassifyRule } from './classify.types';

/** Whether the runtime has a network: `navigator.onLine` where there is one, which may be missing or throw. */
export function navigatorOnline(): boolean {
  try {
    return (globalThis as { navigator?: { onLine?: unknown } }).navigator?.onLine !== false;
  } catch {
    return true;
  }
}

/**
 * Failures that never got an HTTP answer, by their names, codes and messages in fetch, Node, undici,
 * axios and the OpenAI/Anthropic SDKs: a timeout (`TimeoutError`, `ETIMEDOUT`, "Request timed out"),
 * a cancellation (`AbortError`, `ERR_CANCELED`), or no network (`TypeError: Failed to fetch`,
 * `ECONNREFUSED`) — `offline` when the runtime says it is offline, else `outage`.
 */
export function fetchFailure(isOnline: () => boolean): ClassifyRule {
  return ({ status, text }) => {
    if (status !== undefined || !text) return undefined;
    if (/time ?out|timed ?out|econnaborted/.test(text)) return 'timeout';
    if (/abort|cancell?ed/.test(text)) return 'aborted';
    if (
      /econn|enotfound|eai again|enet|ehost|epipe|und err|err network|connection error|fetch|network ?(error|request failed)|load failed|socket hang up/.test(
        text,
      )
    ) {
      return isOnline() ? 'outage' : 'offline';
    }
    return undefined;
  };
}
