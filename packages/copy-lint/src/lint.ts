import type { LintContext, LintMode, ReferenceCopy } from './context';
import type { Finding } from './findings';
import { type LocaleCopy, localeFromObject, pluralGroups, readLocaleText } from './locale-file';
import { checkDirection } from './rules/direction';
import { checkKeys } from './rules/keys';
import { checkLength } from './rules/length';
import { checkNesting } from './rules/nesting';
import { checkPlaceholders } from './rules/placeholders';
import { checkUntranslated } from './rules/untranslated';
import { checkVoice } from './rules/voice';
import { baseLanguage } from './word-lists';

export interface LocaleSource {
  /** How to name the file in the report. */
  readonly file: string;
  readonly text: string;
  /** The file's language (BCP 47). */
  readonly lng: string;
}

export interface FileReport {
  readonly file: string;
  readonly language: string;
  readonly findings: readonly Finding[];
}

export interface LintOptions {
  readonly reference: ReferenceCopy;
  /** `complete` for a whole language (every English key), `overrides` for an app's partial files. */
  readonly mode: LintMode;
}

const RULES = [
  checkKeys,
  checkPlaceholders,
  checkNesting,
  checkVoice,
  checkLength,
  checkDirection,
  checkUntranslated,
];

function referenceFrom(copy: LocaleCopy, lng: string): ReferenceCopy {
  return { lng, copy, plurals: pluralGroups(copy.entries.keys()) };
}

/** The reference from an already-parsed object, such as the English copy bundled with the linter. */
export function referenceFromObject(value: unknown, lng = 'en'): ReferenceCopy {
  return referenceFrom(localeFromObject(value), lng);
}

/** The reference from JSON text; its syntax findings when it cannot be read. */
export function referenceFromText(
  text: string,
  lng = 'en',
):
  | { readonly ok: true; readonly reference: ReferenceCopy }
  | { readonly ok: false; readonly findings: readonly Finding[] } {
  const read = readLocaleText(text);
  if (!read.ok) return { ok: false, findings: read.findings };
  return { ok: true, reference: referenceFrom(read.copy, lng) };
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/** Lints one locale file's text against the reference. Never throws: every problem is a finding. */
export function lintLocale(source: LocaleSource, options: LintOptions): FileReport {
  const read = readLocaleText(source.text);
  if (!read.ok) return { file: source.file, language: source.lng, findings: read.findings };
  const context: LintContext = {
    file: source.file,
    lng: source.lng,
    mode: options.mode,
    copy: read.copy,
    reference: options.reference,
    sameLanguage: baseLanguage(source.lng) === baseLanguage(options.reference.lng),
  };
  const findings = [...read.findings];
  for (const rule of RULES) findings.push(...rule(context));
  return { file: source.file, language: source.lng, findings: findings.sort(byPosition) };
}
