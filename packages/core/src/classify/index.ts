import type { Problem } from '../problem/problem';

// Placeholder until the classifier lands (issue 3): everything is `unknown`.
export function classify(input: unknown): Problem {
  return { kind: 'unknown', retryable: false, cause: input };
}
