import type { Position } from './json-source';

export type Severity = 'error' | 'warning';

export interface RuleInfo {
  readonly severity: Severity;
  readonly summary: string;
}

/** Every rule the linter applies, with its usual severity: the list `--help` and the README show. */
export const RULES = {
  'json-syntax': { severity: 'error', summary: 'The file is a JSON object (reported at file:line:column).' },
  'duplicate-key': {
    severity: 'error',
    summary: 'A key appears once in its object (JSON keeps only the last).',
  },
  'not-text': {
    severity: 'error',
    summary: 'Every value is text or a group of keys: no numbers, lists or null.',
  },
  'empty-text': { severity: 'error', summary: 'No empty text: leave a key out to use the shipped copy.' },
  'missing-key': {
    severity: 'error',
    summary: 'Every English key is translated (only with --complete: overrides may leave keys out).',
  },
  'unknown-key': {
    severity: 'error',
    summary:
      'No keys English lacks (in overrides, a warning only when it looks like a typo of a Tactful key).',
  },
  'plural-missing': {
    severity: 'error',
    summary: "Every plural form the language needs (CLDR via Intl.PluralRules: 'one', 'few', 'many'…).",
  },
  'plural-extra': { severity: 'warning', summary: 'No plural forms the language never uses.' },
  'placeholder-syntax': {
    severity: 'error',
    summary: 'Values written as {{name}}: no single braces, no unclosed {{ or $t(.',
  },
  'placeholder-missing': { severity: 'error', summary: 'Every {{value}} of the English text is kept.' },
  'placeholder-unknown': {
    severity: 'error',
    summary: 'No {{value}} that English does not have (it would show blank).',
  },
  'placeholder-format': {
    severity: 'error',
    summary:
      'A value keeps its formatter ({{balance, currency}}, {{asOf, datetime}}); known formatters only.',
  },
  'plural-count': {
    severity: 'error',
    summary: 'A plural form that stands for more than one number shows {{count}}.',
  },
  'nesting-unresolved': { severity: 'error', summary: 'Every $t(key) names a key that exists.' },
  'nesting-cycle': { severity: 'error', summary: 'No $t() loops (a key that ends up nesting itself).' },
  'nesting-dropped': {
    severity: 'warning',
    summary: "A translation keeps English's $t(terms.…) so the app's own words reach it (with --complete).",
  },
  'banned-word': {
    severity: 'error',
    summary:
      'No "error", "invalid", "illegal", "fatal", "failed to", "oops", "whoops" (and their translations).',
  },
  exclamation: { severity: 'error', summary: 'No exclamation marks.' },
  'raw-code': {
    severity: 'error',
    summary: 'No raw codes: snake_case identifiers, HTTP status numbers, stack traces.',
  },
  'soft-word': {
    severity: 'warning',
    summary: 'Think twice about "sorry" and "please" (and their translations).',
  },
  'title-length': {
    severity: 'error',
    summary: 'Titles are a few words (at most 8; 12 for languages written without spaces).',
  },
  'button-length': {
    severity: 'error',
    summary: 'Buttons are short (at most 5 words; 8 for languages written without spaces).',
  },
  'button-verb': {
    severity: 'warning',
    summary: 'English buttons start with a verb ("Add funds", not "Funds").',
  },
  'sentence-length': { severity: 'warning', summary: 'Sentences stay under 30 words.' },
  'rtl-isolation': {
    severity: 'warning',
    summary:
      'In right-to-left languages, values sit between U+2068 and U+2069 so amounts and names keep their order.',
  },
  untranslated: { severity: 'warning', summary: 'A translation is not a copy of the English text.' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The key the finding is about, when it is about one. */
  readonly key?: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export function finding(
  rule: RuleId,
  message: string,
  position: Position,
  key?: string,
  severity: Severity = RULES[rule].severity,
): Finding {
  return {
    rule,
    severity,
    message,
    line: position.line,
    column: position.column,
    ...(key === undefined ? {} : { key }),
  };
}
