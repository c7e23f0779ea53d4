import type { LintContext } from '../context';
import { type Finding, finding } from '../findings';
import { findWords } from '../word-lists';

const EXCLAMATION = /[!¡！‼]/u;

// Copy never shows what only code understands.
const RAW_CODES: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  {
    pattern: /(?<![\p{L}\p{N}_])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\p{L}\p{N}_])/u,
    what: 'a snake_case identifier',
  },
  // Not part of a larger number, a decimal, a time or a date.
  { pattern: /(?<!\p{N}|\p{N}[.,:/])[45]\d{2}(?!\p{N}|[.,:/]\p{N})/u, what: 'an HTTP status number' },
  {
    pattern:
      /\bat\s+\S+\s+\(?[^\s()]+:\d+:\d+\)?|\b\w+(?:Error|Exception)\b|\.(?:js|ts|mjs|cjs|py|java|go|rb):\d+/u,
    what: 'a stack trace',
  },
];

/** Words that blame or alarm, exclamation marks, raw codes, and apologies or pleading. */
export function checkVoice(ctx: LintContext): Finding[] {
  const findings: Finding[] = [];
  for (const { key, parsed, position } of ctx.copy.entries.values()) {
    const text = parsed.literal;
    for (const match of findWords(text, ctx.lng)) {
      findings.push(
        match.soft
          ? finding(
              'soft-word',
              `"${match.word}": say what happened and what to do; an apology or a plea rarely helps.`,
              position,
              key,
            )
          : finding(
              'banned-word',
              `"${match.word}" blames or alarms: say what happened in plain words.`,
              position,
              key,
            ),
      );
    }
    if (EXCLAMATION.test(text))
      findings.push(finding('exclamation', 'No exclamation marks: calm copy reads as kind.', position, key));
    for (const { pattern, what } of RAW_CODES) {
      const match = pattern.exec(text);
      if (match)
        findings.push(
          finding(
            'raw-code',
            `"${match[0]}" looks like ${what}: people need words, not codes.`,
            position,
            key,
          ),
        );
    }
  }
  return findings;
}
