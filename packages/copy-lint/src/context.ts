import type { CopyEntry, LocaleCopy, PluralGroup } from './locale-file';
import { pluralForm } from './plurals';

/**
 * `complete`: the file is a whole language (the shipped locales, or an app's own new language): every
 * English key must be there. `overrides`: the file holds only what an app changes or adds.
 */
export type LintMode = 'complete' | 'overrides';

/** The English copy every file is compared with. */
export interface ReferenceCopy {
  readonly lng: string;
  readonly copy: LocaleCopy;
  /** Plural groups by id (`base`, or `base#ordinal`). */
  readonly plurals: ReadonlyMap<string, PluralGroup>;
}

export interface LintContext {
  readonly file: string;
  readonly lng: string;
  readonly mode: LintMode;
  readonly copy: LocaleCopy;
  readonly reference: ReferenceCopy;
  /** The file is in the reference's language (English, or a variant such as en-GB). */
  readonly sameLanguage: boolean;
}

/** The reference group a plural key belongs to, if it belongs to one. */
export function referenceGroupOf(reference: ReferenceCopy, key: string): PluralGroup | undefined {
  const form = pluralForm(key);
  if (!form) return undefined;
  return reference.plurals.get(form.ordinal ? `${form.base}#ordinal` : form.base);
}

/**
 * The English entries a key is measured against: the same key, or for a plural form every English form
 * of its group (a language's "few" has no English twin).
 */
export function referenceEntriesFor(reference: ReferenceCopy, key: string): CopyEntry[] {
  const group = referenceGroupOf(reference, key);
  if (group) {
    return [...group.forms.values()]
      .map((formKey) => reference.copy.entries.get(formKey))
      .filter((entry): entry is CopyEntry => entry !== undefined);
  }
  const exact = reference.copy.entries.get(key);
  return exact ? [exact] : [];
}

/** Edit distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest of `candidates` within three edits, if any. */
export function closest(key: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of candidates) {
    const distance = editDistance(key, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
