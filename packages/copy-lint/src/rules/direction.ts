import type { LintContext } from '../context';
import { type Finding, finding } from '../findings';
import { isRightToLeft } from '../text-measure';

const PLACEHOLDER = /\{\{.+?\}\}/g;
const OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const CLOSER = '\u2069';

/**
 * In right-to-left text, a value in another direction ("$12.50", "OpenAI") can pull the words around it
 * out of order. First Strong Isolate (U+2068) before and Pop Directional Isolate (U+2069) after keep it whole.
 */
export function checkDirection(ctx: LintContext): Finding[] {
  if (!isRightToLeft(ctx.lng)) return [];
  const findings: Finding[] = [];
  for (const { key, text, position } of ctx.copy.entries.values()) {
    const bare: string[] = [];
    for (const match of text.matchAll(PLACEHOLDER)) {
      const before = text[match.index - 1] ?? '';
      const after = text[match.index + match[0].length] ?? '';
      if (!OPENERS.has(before) || after !== CLOSER) bare.push(match[0]);
    }
    if (bare.length > 0) {
      findings.push(
        finding(
          'rtl-isolation',
          `Write ${bare.map((p) => `\\u2068${p}\\u2069`).join(', ')} so the value keeps its place in right-to-left text.`,
          position,
          key,
        ),
      );
    }
  }
  return findings;
}
