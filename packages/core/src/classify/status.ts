import type { ProblemKind } from '../problem/kinds';

/** Statuses whose meaning is more specific than their class (4xx: the request; 5xx: the server). */
const STATUS_KINDS: Readonly<Record<number, ProblemKind>> = {
  401: 'auth_invalid',
  // AI and usage-billed APIs send 402 for the caller's balance; card declines carry codes that say so.
  402: 'insufficient_funds',
  403: 'permission_denied',
  404: 'not_found',
  407: 'auth_invalid',
  408: 'timeout',
  410: 'not_found',
  429: 'rate_limited',
  499: 'aborted',
  504: 'timeout',
  522: 'timeout',
  524: 'timeout',
  529: 'overloaded',
  598: 'timeout',
  599: 'timeout',
};

/** The last resort: what the status alone says. Success and redirects say nothing about a failure. */
export function kindOfStatus(status: number | undefined): ProblemKind {
  if (status === undefined || status < 400) return 'unknown';
  return STATUS_KINDS[status] ?? (status < 500 ? 'invalid_request' : 'outage');
}
