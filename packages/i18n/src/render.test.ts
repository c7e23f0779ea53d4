import { CORE_COPY_KEYS, PLURAL_COPY_KEYS } from '@tactful/core';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import english from '../../../locales/en/tactful.json';
import { createTactfulI18n } from './create';
import { PSEUDO_LOCALE, SHIPPED_LANGUAGES } from './languages';
import { askedKeys, countsPerCategory, sampleRef } from './testing/sample-values';
import { translate } from './translate';

const LANGUAGES = [...SHIPPED_LANGUAGES, PSEUDO_LOCALE];
const { singular, plural } = askedKeys(english);
const instances = new Map<string, i18n>();

beforeAll(async () => {
  for (const lng of LANGUAGES)
    instances.set(lng, await createTactfulI18n({ lng, loadOnLanguageChange: false }));
});

function render(lng: string, key: string, count?: number): string {
  const instance = instances.get(lng);
  if (!instance) throw new Error(`no instance for ${lng}`);
  return translate(instance.t, sampleRef(key, lng, count));
}

function problemsOf(text: string, key: string): string[] {
  const problems: string[] = [];
  if (text.trim() === '') problems.push('empty');
  if (text.includes('{{') || text.includes('}}')) problems.push('raw placeholder');
  if (text.includes('$t(')) problems.push('raw nesting');
  if (text.includes(key) || /\b[a-z][a-zA-Z_]*\.[a-z][a-zA-Z_.]*/.test(text)) problems.push('raw key');
  return problems;
}

describe.each(LANGUAGES)('every key renders in %s', (lng) => {
  it('singular keys: text, no placeholder, nesting or key left', () => {
    const broken = singular.flatMap((key) => {
      const text = render(lng, key);
      return problemsOf(text, key).map((problem) => `${key}: ${problem} in "${text}"`);
    });
    expect(broken).toEqual([]);
  });

  it('plural keys in every CLDR category of the language', () => {
    const counts = countsPerCategory(lng);
    const broken = plural.flatMap((key) =>
      [...counts].flatMap(([category, count]) => {
        const text = render(lng, key, count);
        return problemsOf(text, key).map(
          (problem) => `${key} (${category}, ${count}): ${problem} in "${text}"`,
        );
      }),
    );
    expect(broken).toEqual([]);
  });

  it('every key the core emits, and each plural key with its count', () => {
    for (const key of CORE_COPY_KEYS) expect(problemsOf(render(lng, key), key), key).toEqual([]);
    for (const key of PLURAL_COPY_KEYS) {
      const text = render(lng, key, 7);
      expect(problemsOf(text, key), key).toEqual([]);
      expect(text, key).toContain(new Intl.NumberFormat(lng).format(7));
    }
  });

  it('formats money with Intl for the language, the same figure the app would show', () => {
    const expected = new Intl.NumberFormat(lng, { style: 'currency', currency: 'USD' }).format(12.5);
    expect(render(lng, 'amounts.balance')).toContain(expected);
    expect(render(lng, 'balance.low.body')).toContain(expected);
  });
});

it('gives each language its own words (not English under another name)', () => {
  const titles = LANGUAGES.map((lng) => render(lng, 'kinds.insufficient_funds.title'));
  expect(new Set(titles).size).toBe(LANGUAGES.length);
});

it('the checks above catch a missing key, a missing value and an unknown nesting', async () => {
  const instance = await createTactfulI18n({
    lng: 'en',
    resources: { en: { broken: { nesting: 'Add $t(terms.nope)', value: 'Hello {{stranger}}' } } },
    loadOnLanguageChange: false,
  });
  expect(problemsOf(translate(instance.t, { key: 'kinds.nope.title' }), 'kinds.nope.title')).toContain(
    'empty',
  );
  expect(instance.t('broken.value')).toContain('{{stranger}}');
  expect(problemsOf(instance.t('broken.value'), 'broken.value')).toContain('raw placeholder');
  expect(problemsOf(instance.t('broken.nesting'), 'broken.nesting')).not.toEqual([]);
});
