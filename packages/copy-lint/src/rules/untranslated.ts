import type { LintContext } from '../context';
import { type Finding, finding } from '../findings';

/** A translation that is still the English text, word for word. */
export function checkUntranslated(ctx: LintContext): Finding[] {
  if (ctx.sameLanguage) return [];
  const findings: Finding[] = [];
  for (const { key, text, parsed, position } of ctx.copy.entries.values()) {
    if (ctx.reference.copy.entries.get(key)?.text !== text) continue;
    // A lone name or a value on its own ("{{amount, currency}}", "OK") can be the same in any language.
    const words = parsed.literal.match(/\p{L}{2,}/gu) ?? [];
    if (words.length >= 2)
      findings.push(finding('untranslated', 'Same as the English text: not translated yet?', position, key));
  }
  return findings;
}
