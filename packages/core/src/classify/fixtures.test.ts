import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isProblemKind } from '../problem/kinds';
import { classify } from './classify';

interface Fixture {
  readonly provider: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly kind: string;
  readonly retry_after_seconds: number | null;
  readonly notes: string;
}

const directory = new URL('../../../../test/fixtures/provider-errors/', import.meta.url);
const fixtures = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as Fixture] as const);

/** The provider ids a fixture's provider may be reported as ("Google Gemini API" → google). */
function acceptedIds(provider: string): string[] {
  const first = provider.toLowerCase().split(/[\s(]/)[0] ?? '';
  return [first];
}

describe('every provider-error fixture', () => {
  it('is all there', () => {
    expect(fixtures).toHaveLength(78);
    for (const [, fixture] of fixtures) expect(isProblemKind(fixture.kind)).toBe(true);
  });

  it.each(fixtures)('%s classifies to its kind and stated wait', (_name, fixture) => {
    const problem = classify({ status: fixture.status, headers: fixture.headers, body: fixture.body });
    expect(problem.kind).toBe(fixture.kind);
    if (fixture.retry_after_seconds === null) {
      expect(problem.retryAfterMs).toBeUndefined();
    } else {
      expect(problem.retryAfterMs).toBeDefined();
      expect(Math.abs((problem.retryAfterMs ?? 0) / 1000 - fixture.retry_after_seconds)).toBeLessThanOrEqual(
        1,
      );
    }
  });

  it.each(fixtures)('%s names no provider but its own', (_name, fixture) => {
    const { provider } = classify({ status: fixture.status, headers: fixture.headers, body: fixture.body });
    if (provider !== undefined) expect(acceptedIds(fixture.provider)).toContain(provider);
  });

  it.each(fixtures)('%s keeps the input and says whether waiting helps', (_name, fixture) => {
    const input = { status: fixture.status, headers: fixture.headers, body: fixture.body };
    const problem = classify(input);
    expect(problem.cause).toBe(input);
    expect(problem.status).toBe(fixture.status);
    const transient = ['rate_limited', 'overloaded', 'outage', 'timeout', 'offline'].includes(problem.kind);
    expect(problem.retryable).toBe(transient);
  });
});
