import { closest, type LintContext, referenceGroupOf } from '../context';
import { type Finding, finding } from '../findings';
import { nearestGroup, pluralGroups } from '../locale-file';
import { type PluralCategory, pluralCategories, pluralKey, sampleNumbers } from '../plurals';

const START = { line: 1, column: 1 };

function positionOf(ctx: LintContext, key: string) {
  return ctx.copy.entries.get(key)?.position ?? nearestGroup(ctx.copy, key) ?? START;
}

/** Missing and unknown keys against English, and plural forms against the language's CLDR categories. */
export function checkKeys(ctx: LintContext): Finding[] {
  const findings: Finding[] = [];
  const { reference } = ctx;
  const referencePluralKeys = new Set<string>();
  for (const group of reference.plurals.values())
    for (const key of group.forms.values()) referencePluralKeys.add(key);

  const expected = new Map<string, { category: PluralCategory } | undefined>();
  for (const key of reference.copy.entries.keys())
    if (!referencePluralKeys.has(key)) expected.set(key, undefined);
  for (const group of reference.plurals.values()) {
    for (const category of pluralCategories(ctx.lng, group.ordinal)) {
      expected.set(pluralKey(group.base, category, group.ordinal), { category });
    }
  }
  const present = new Set([...ctx.copy.entries.keys(), ...ctx.copy.unusable]);

  if (ctx.mode === 'complete') {
    for (const [key, plural] of expected) {
      if (present.has(key)) continue;
      findings.push(
        plural
          ? finding(
              'plural-missing',
              `Needs the "${plural.category}" plural form (${ctx.lng}: ${sampleNumbers(ctx.lng, plural.category)}).`,
              nearestGroup(ctx.copy, key),
              key,
            )
          : finding('missing-key', 'Missing: English has this key.', nearestGroup(ctx.copy, key), key),
      );
    }
  }

  const knownKeys = [...reference.copy.entries.keys()];
  for (const key of present) {
    if (expected.has(key)) continue;
    const group = referenceGroupOf(reference, key);
    if (group) {
      const category = key.slice(key.lastIndexOf('_') + 1);
      // i18next reads an optional `_zero` form in every language when the count is 0.
      if (category === 'zero') continue;
      findings.push(
        finding(
          'plural-extra',
          `${ctx.lng} never uses the "${category}" plural form: i18next will not show it.`,
          positionOf(ctx, key),
          key,
        ),
      );
      continue;
    }
    const suggestion = closest(key, knownKeys);
    if (ctx.mode === 'complete') {
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
      findings.push(finding('unknown-key', `English has no such key.${hint}`, positionOf(ctx, key), key));
    } else if (suggestion) {
      findings.push(
        finding(
          'unknown-key',
          `Tactful has no such key; did you mean "${suggestion}"? (An app's own keys are fine.)`,
          positionOf(ctx, key),
          key,
          'warning',
        ),
      );
    }
  }

  // In an override file, plural groups are checked as written: an app's own, or Tactful's partly overridden.
  if (ctx.mode === 'complete') return findings;
  for (const group of pluralGroups(present).values()) {
    const isTactful = reference.plurals.has(group.ordinal ? `${group.base}#ordinal` : group.base);
    const needed = pluralCategories(ctx.lng, group.ordinal);
    for (const category of needed) {
      if (group.forms.has(category)) continue;
      const key = pluralKey(group.base, category, group.ordinal);
      const message = isTactful
        ? `Only some plural forms are overridden: the shipped "${category}" form will show next to yours.`
        : `Needs the "${category}" plural form (${ctx.lng}: ${sampleNumbers(ctx.lng, category)}).`;
      findings.push(
        finding('plural-missing', message, nearestGroup(ctx.copy, key), key, isTactful ? 'warning' : 'error'),
      );
    }
    if (isTactful) continue;
    for (const [category, key] of group.forms) {
      if (category === 'zero' || needed.includes(category)) continue;
      findings.push(
        finding(
          'plural-extra',
          `${ctx.lng} never uses the "${category}" plural form: i18next will not show it.`,
          positionOf(ctx, key),
          key,
        ),
      );
    }
  }
  return findings;
}
