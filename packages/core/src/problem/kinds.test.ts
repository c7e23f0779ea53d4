import { describe, expect, it } from 'vitest';
import {
  isBillingKind,
  isProblemKind,
  isTransientKind,
  kindGroup,
  PROBLEM_KIND_GROUPS,
  PROBLEM_KINDS,
} from './kinds';

describe('problem kinds', () => {
  it('lists each kind exactly once', () => {
    expect(new Set(PROBLEM_KINDS).size).toBe(PROBLEM_KINDS.length);
    expect(PROBLEM_KINDS).toHaveLength(
      Object.values(PROBLEM_KIND_GROUPS).reduce((sum, kinds) => sum + kinds.length, 0),
    );
  });

  it('recognises the exact strings of the public contract and nothing else', () => {
    expect(isProblemKind('insufficient_funds')).toBe(true);
    expect(isProblemKind('rate_limited')).toBe(true);
    expect(isProblemKind('Insufficient_Funds')).toBe(false);
    expect(isProblemKind('toString')).toBe(false);
    expect(isProblemKind('__proto__')).toBe(false);
    expect(isProblemKind(42)).toBe(false);
  });

  it('groups kinds by who can fix them', () => {
    expect(kindGroup('quota_exhausted')).toBe('billing');
    expect(kindGroup('overloaded')).toBe('transient');
    expect(kindGroup('auth_invalid')).toBe('access');
    expect(kindGroup('not_found')).toBe('request');
    expect(kindGroup('unknown')).toBe('other');
  });

  it('never treats a billing kind as transient', () => {
    for (const kind of PROBLEM_KINDS) {
      expect(isBillingKind(kind) && isTransientKind(kind)).toBe(false);
    }
    expect(PROBLEM_KINDS.filter(isTransientKind)).toEqual([
      'rate_limited',
      'overloaded',
      'outage',
      'timeout',
      'offline',
    ]);
  });
});
