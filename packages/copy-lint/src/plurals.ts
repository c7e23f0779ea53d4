export type PluralCategory = Intl.LDMLPluralRule;

const CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const SUFFIX = /^(.*?)_(?:(ordinal)_)?(zero|one|two|few|many|other)$/;

export interface PluralForm {
  /** The key without its plural suffix: `states.waiting.countdown`. */
  readonly base: string;
  readonly category: PluralCategory;
  readonly ordinal: boolean;
}

/** `states.waiting.countdown_few` → its group and category; undefined for a key that is not a plural form. */
export function pluralForm(key: string): PluralForm | undefined {
  const match = SUFFIX.exec(key);
  if (!match?.[1]) return undefined;
  return { base: match[1], category: match[3] as PluralCategory, ordinal: match[2] === 'ordinal' };
}

/** The key i18next reads for one form of a group. */
export function pluralKey(base: string, category: PluralCategory, ordinal = false): string {
  return ordinal ? `${base}_ordinal_${category}` : `${base}_${category}`;
}

/** The forms a language needs, from CLDR through `Intl.PluralRules`, in CLDR order. */
export function pluralCategories(lng: string, ordinal = false): readonly PluralCategory[] {
  const rules = new Intl.PluralRules(lng, { type: ordinal ? 'ordinal' : 'cardinal' });
  const used = new Set(rules.resolvedOptions().pluralCategories);
  return CATEGORIES.filter((category) => used.has(category));
}

// Whole numbers only: the kit's counts (seconds, days, attempts, requests) are never fractions.
const SAMPLE = [
  ...Array.from({ length: 201 }, (_, n) => n),
  1_000,
  10_000,
  100_000,
  1_000_000,
  2_000_000,
  10_000_000,
];

/**
 * Whether a form stands for exactly one number in this language, so its text may spell the number out
 * instead of showing {{count}}: English "one" is only 1, Arabic "two" only 2, but French "one" is 0 and 1
 * and Russian "one" is 1, 21, 31…. i18next's optional `_zero` form is always only 0.
 */
export function isSingleNumberForm(lng: string, category: PluralCategory, ordinal = false): boolean {
  if (category === 'zero' && !pluralCategories(lng, ordinal).includes('zero')) return true;
  const rules = new Intl.PluralRules(lng, { type: ordinal ? 'ordinal' : 'cardinal' });
  let matches = 0;
  for (const n of SAMPLE) {
    if (rules.select(n) === category && ++matches > 1) return false;
  }
  return matches === 1;
}

/** A few numbers in a form's range, for messages: "3, 4, 5…". */
export function sampleNumbers(lng: string, category: PluralCategory, ordinal = false): string {
  const rules = new Intl.PluralRules(lng, { type: ordinal ? 'ordinal' : 'cardinal' });
  const found = SAMPLE.filter((n) => rules.select(n) === category).slice(0, 4);
  if (found.length === 0) return 'fractions';
  return found.length === 4 ? `${found.slice(0, 3).join(', ')}…` : found.join(', ');
}
