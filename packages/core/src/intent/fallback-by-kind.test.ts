import { describe, expect, it, vi } from 'vitest';
import type { ProblemKind } from '../problem/kinds';
import { fallbackByKind } from './fallback-by-kind';
import type { RunContext } from './intent.types';

const context = { attempt: 1, idempotencyKey: 'k', input: 'text' } as RunContext<unknown>;

describe('fallbackByKind', () => {
  it('is offered for every kind that has one, named by the first, and absent when none has', () => {
    const basic = { label: 'the basic model', run: vi.fn() };
    const fallback = fallbackByKind({ insufficient_funds: basic, outage: basic }, () => undefined);
    expect(fallback?.kinds).toEqual(['insufficient_funds', 'outage']);
    expect(fallback?.label).toBe('the basic model');
    expect(fallbackByKind({}, () => undefined)).toBeUndefined();
  });

  it('runs the one for the problem at hand when it runs, else the first', async () => {
    const cheaper = { label: 'a cheaper model', run: vi.fn(async () => 'cheaper') };
    const cached = { label: 'the cached answer', run: vi.fn(async () => 'cached') };
    let kind: ProblemKind | undefined = 'outage';
    const fallback = fallbackByKind({ insufficient_funds: cheaper, outage: cached }, () => kind);
    await expect(fallback?.run(context)).resolves.toBe('cached');
    kind = 'insufficient_funds';
    await expect(fallback?.run(context)).resolves.toBe('cheaper');
    kind = 'timeout';
    await expect(fallback?.run(context)).resolves.toBe('cheaper');
    expect(cached.run).toHaveBeenCalledWith(context);
  });
});
