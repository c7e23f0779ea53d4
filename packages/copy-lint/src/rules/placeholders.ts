import { type LintContext, referenceEntriesFor, referenceGroupOf } from '../context';
import { KNOWN_FORMATTERS, type Placeholder } from '../copy-syntax';
import { type Finding, finding } from '../findings';
import { pluralGroups } from '../locale-file';
import { isSingleNumberForm, pluralForm } from '../plurals';

// `{{count}}` and `{{count, number}}` print the same digits; any other formatter must be kept.
function normalizeFormat(format: string): string {
  return format === 'number' ? '' : format;
}

function byName(placeholders: readonly Placeholder[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const placeholder of placeholders) {
    const formats = names.get(placeholder.name) ?? new Set<string>();
    formats.add(normalizeFormat(placeholder.format));
    names.set(placeholder.name, formats);
  }
  return names;
}

function show(name: string, format: string): string {
  return format ? `{{${name}, ${format}}}` : `{{${name}}}`;
}

/** Placeholder syntax, parity with English, and {{count}} in plural forms that need it. */
export function checkPlaceholders(ctx: LintContext): Finding[] {
  const findings: Finding[] = [];
  // Groups of the file's own plural keys that use {{count}} somewhere, for app keys without English.
  const ownGroupsWithCount = new Set<string>();
  for (const group of pluralGroups(ctx.copy.entries.keys()).values()) {
    const usesCount = [...group.forms.values()].some((key) =>
      ctx.copy.entries.get(key)?.parsed.placeholders.some((p) => p.name === 'count'),
    );
    if (usesCount) ownGroupsWithCount.add(group.base);
  }

  for (const entry of ctx.copy.entries.values()) {
    const { key, parsed, position } = entry;
    for (const problem of parsed.problems)
      findings.push(finding('placeholder-syntax', problem, position, key));
    for (const placeholder of parsed.placeholders) {
      const unknown = placeholder.format.split(', ').filter((name) => name && !KNOWN_FORMATTERS.has(name));
      if (unknown.length > 0) {
        findings.push(
          finding(
            'placeholder-format',
            `"${placeholder.raw}" uses a formatter i18next does not have: ${unknown.join(', ')}.`,
            position,
            key,
            'warning',
          ),
        );
      }
    }

    const form = pluralForm(key);
    const singleNumber = form ? isSingleNumberForm(ctx.lng, form.category, form.ordinal) : false;
    const own = byName(parsed.placeholders);
    const englishEntries = referenceEntriesFor(ctx.reference, key);

    if (form && !singleNumber && !own.has('count')) {
      const group = referenceGroupOf(ctx.reference, key);
      const englishUsesCount = englishEntries.some((e) =>
        e.parsed.placeholders.some((p) => p.name === 'count'),
      );
      if ((group && englishUsesCount) || (!group && ownGroupsWithCount.has(form.base))) {
        findings.push(
          finding(
            'plural-count',
            `The "${form.category}" form stands for several numbers in ${ctx.lng}, so it needs {{count}}.`,
            position,
            key,
          ),
        );
      }
    }

    if (englishEntries.length === 0) continue;
    const english = byName(englishEntries.flatMap((e) => e.parsed.placeholders));
    for (const [name, formats] of english) {
      if (own.has(name)) continue;
      if (name === 'count' && form) continue;
      const [format = ''] = formats;
      findings.push(
        finding(
          'placeholder-missing',
          `English shows ${show(name, format)}; this text leaves it out.`,
          position,
          key,
        ),
      );
    }
    for (const [name, formats] of own) {
      const expected = english.get(name);
      if (!expected) {
        findings.push(
          finding(
            'placeholder-unknown',
            `{{${name}}} is not a value this text receives (English has ${[...english.keys()].map((n) => `{{${n}}}`).join(', ') || 'none'}): it would show blank.`,
            position,
            key,
          ),
        );
        continue;
      }
      for (const format of formats) {
        if (expected.has(format)) continue;
        const [wanted = ''] = expected;
        findings.push(
          finding(
            'placeholder-format',
            `${show(name, format)} should be ${show(name, wanted)}, as in English, so it is formatted for the reader's locale.`,
            position,
            key,
          ),
        );
      }
    }
  }
  return findings;
}
