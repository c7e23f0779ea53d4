import { describe, expect, it } from 'vitest';
import { problem } from '../intent/testing/fakes';
import { PROBLEM_KINDS } from '../problem/kinds';
import { deriveProblemViewModel } from './problem';
import { viewModelProblems } from './testing/check';
import type { ViewModelContext } from './view-model.types';

const payer: ViewModelContext = { now: 0, canManageBilling: true };

describe('deriveProblemViewModel', () => {
  it('leaves billing and access waiting for a person, and the rest failed', () => {
    expect(deriveProblemViewModel(problem('insufficient_funds'), undefined, payer)?.state).toBe('blocked');
    expect(deriveProblemViewModel(problem('auth_invalid'), undefined, payer)?.state).toBe('blocked');
    expect(deriveProblemViewModel(problem('rate_limited'), undefined, payer)?.state).toBe('failed');
    expect(deriveProblemViewModel(problem('invalid_request'), undefined, payer)?.state).toBe('failed');
  });

  it('says nothing about a request stopped on purpose', () => {
    expect(deriveProblemViewModel(problem('aborted'), 'summarizing', payer)).toBeUndefined();
  });

  it('names what the user was doing, and is sound for every other kind', () => {
    const named = deriveProblemViewModel(problem('outage'), 'summarizing', payer);
    expect(JSON.stringify(named?.body)).toContain('"intent":"summarizing"');
    for (const kind of PROBLEM_KINDS.filter((kind) => kind !== 'aborted')) {
      const model = deriveProblemViewModel(problem(kind), 'summarizing', payer);
      expect(model && viewModelProblems(model), kind).toEqual([]);
    }
  });
});
