import { closest, type LintContext } from '../context';
import type { NestingRef } from '../copy-syntax';
import { type Finding, finding } from '../findings';

const TACTFUL_NS = 'tactful';

/** `$t()` targets exist, never loop, and translations keep the ones English has. */
export function checkNesting(ctx: LintContext): Finding[] {
  const findings: Finding[] = [];
  // What i18next will hold for this language: the shipped English underneath, this file on top.
  const texts = new Map<string, readonly NestingRef[]>();
  for (const [key, entry] of ctx.reference.copy.entries) texts.set(key, entry.parsed.nestings);
  for (const [key, entry] of ctx.copy.entries) texts.set(key, entry.parsed.nestings);
  const resolve = (key: string): string | undefined => {
    if (texts.has(key)) return key;
    // A plural group is nested by its base key: `$t(days, {"count": 2})`.
    return texts.has(`${key}_other`) ? `${key}_other` : undefined;
  };
  const ours = (ref: NestingRef): boolean => ref.ns === undefined || ref.ns === TACTFUL_NS;

  for (const entry of ctx.copy.entries.values()) {
    for (const ref of entry.parsed.nestings) {
      if (!ours(ref) || resolve(ref.key)) continue;
      const suggestion = closest(ref.key, texts.keys());
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
      findings.push(
        finding('nesting-unresolved', `${ref.raw} names no key.${hint}`, entry.position, entry.key),
      );
    }
  }

  // A key that reaches itself through $t() would nest until i18next gives up.
  const inCycle = new Set<string>();
  const visit = (key: string, path: string[]): void => {
    for (const ref of texts.get(key) ?? []) {
      if (!ours(ref)) continue;
      const target = resolve(ref.key);
      if (!target) continue;
      const at = path.indexOf(target);
      if (at !== -1) {
        for (const member of path.slice(at)) inCycle.add(member);
        continue;
      }
      if (path.length < 32) visit(target, [...path, target]);
    }
  };
  for (const key of ctx.copy.entries.keys()) visit(key, [key]);
  for (const key of inCycle) {
    const entry = ctx.copy.entries.get(key);
    if (entry)
      findings.push(
        finding(
          'nesting-cycle',
          'This text nests itself through $t(): it can never be shown whole.',
          entry.position,
          key,
        ),
      );
  }

  // Translations keep English's $t(terms.…) so an app that says "credits" is heard in every language.
  if (ctx.mode === 'complete' && !ctx.sameLanguage) {
    for (const entry of ctx.copy.entries.values()) {
      const english = ctx.reference.copy.entries.get(entry.key);
      if (!english) continue;
      const kept = new Set(entry.parsed.nestings.map((ref) => ref.key));
      for (const ref of english.parsed.nestings) {
        if (kept.has(ref.key)) continue;
        findings.push(
          finding(
            'nesting-dropped',
            `English nests ${ref.raw} here; without it, an app's own word for it will not show in this language.`,
            entry.position,
            entry.key,
          ),
        );
      }
    }
  }
  return findings;
}
