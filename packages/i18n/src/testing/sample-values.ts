// Values and helpers shared by the render tests: one value for every placeholder the copy uses.
import type { CopyRef } from '../copy-ref.types';

export const MONEY_VALUES = [
  'balance',
  'needed',
  'min',
  'max',
  'amount',
  'threshold',
  'target',
  'cap',
  'step',
] as const;

/** An intent label as each language's copy expects it (see locales/README.md). */
export const INTENT_LABELS: Readonly<Record<string, string>> = {
  en: 'summarizing 40 contracts',
  es: 'resumir 40 contratos',
  ar: 'تلخيص 40 عقدًا',
  fr: 'la synthèse de 40 contrats',
  de: 'die Zusammenfassung von 40 Verträgen',
  it: 'riassumere 40 contratti',
  nl: 'het samenvatten van 40 contracten',
  pt: 'resumir 40 contratos',
  pl: 'podsumować 40 umów',
  tr: '40 sözleşmeyi özetleme',
  he: 'לסכם 40 חוזים',
  ja: '40件の契約書の要約',
  ko: '계약서 40건 요약',
  zh: '总结 40 份合同',
  hi: '40 अनुबंधों का सारांश बनाने',
};

export function sampleRef(key: string, lng: string, count?: number): CopyRef {
  const money = Object.fromEntries(MONEY_VALUES.map((name, index) => [name, 12.5 + index]));
  return {
    key,
    values: {
      intent: INTENT_LABELS[lng.split('-')[0] ?? 'en'] ?? INTENT_LABELS.en ?? '',
      provider: 'OpenAI',
      fallback: 'the basic model',
      last4: '4242',
      expiry: new Date(Date.UTC(2027, 0, 15)),
      asOf: new Date(Date.UTC(2026, 10, 25, 14, 5)),
      ...money,
      ...(count === undefined ? {} : { count }),
    },
    formatParams: {
      ...Object.fromEntries(MONEY_VALUES.map((name) => [name, { currency: 'USD' }])),
      expiry: { timeZone: 'UTC' },
      asOf: { timeZone: 'UTC' },
    },
  };
}

/** Flat keys of a nested resource. */
export function flatKeys(resource: unknown, prefix = ''): string[] {
  if (resource === null || typeof resource !== 'object') return [];
  return Object.entries(resource).flatMap(([name, value]) => {
    const key = prefix ? `${prefix}.${name}` : name;
    return typeof value === 'string' ? [key] : flatKeys(value, key);
  });
}

const PLURAL_SUFFIX = /_(?:zero|one|two|few|many|other)$/;

/** Keys as the copy is asked for: plural forms collapse to their group. */
export function askedKeys(resource: unknown): { singular: string[]; plural: string[] } {
  const keys = flatKeys(resource);
  const plural = [
    ...new Set(keys.filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, ''))),
  ];
  return { singular: keys.filter((key) => !PLURAL_SUFFIX.test(key)), plural };
}

/** One whole number for each plural category the language uses. */
export function countsPerCategory(lng: string): Map<Intl.LDMLPluralRule, number> {
  const rules = new Intl.PluralRules(lng);
  const counts = new Map<Intl.LDMLPluralRule, number>();
  for (const n of [0, 1, 2, 3, 5, 11, 21, 100, 101, 1_000_000]) {
    const category = rules.select(n);
    if (!counts.has(category)) counts.set(category, n);
  }
  return counts;
}
