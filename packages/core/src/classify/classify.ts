import type { Problem } from '../problem/problem';
import { createClassifier } from './classifier';
import type { Classifier } from './classify.types';

let builtIn: Classifier | undefined;

/**
 * Turns any failure — a response-like object, an SDK error, a body, a fetch failure, anything —
 * into one `Problem`. Synchronous; never throws; bounded work whatever the input.
 */
export function classify(input: unknown): Problem {
  builtIn ??= createClassifier();
  return builtIn(input);
}
