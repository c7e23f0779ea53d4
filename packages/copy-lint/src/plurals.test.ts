import { describe, expect, it } from 'vitest';
import { isSingleNumberForm, pluralCategories, pluralForm, pluralKey } from './plurals';

describe('plurals', () => {
  it('reads a plural key into its group and category', () => {
    expect(pluralForm('states.waiting.countdown_few')).toEqual({
      base: 'states.waiting.countdown',
      category: 'few',
      ordinal: false,
    });
    expect(pluralForm('place_ordinal_two')).toEqual({ base: 'place', category: 'two', ordinal: true });
    expect(pluralForm('states.waiting.retrying')).toBeUndefined();
    expect(pluralKey('a', 'one')).toBe('a_one');
  });

  it('takes the categories from CLDR through Intl', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategories('ja')).toEqual(['other']);
    expect(pluralCategories('pl')).toEqual(['one', 'few', 'many', 'other']);
  });

  it('knows which forms stand for exactly one number', () => {
    expect(isSingleNumberForm('en', 'one')).toBe(true);
    expect(isSingleNumberForm('en', 'zero')).toBe(true);
    expect(isSingleNumberForm('ar', 'two')).toBe(true);
    expect(isSingleNumberForm('ar', 'zero')).toBe(true);
    expect(isSingleNumberForm('fr', 'one')).toBe(false);
    expect(isSingleNumberForm('ru', 'one')).toBe(false);
    expect(isSingleNumberForm('ar', 'few')).toBe(false);
    expect(isSingleNumberForm('es', 'many')).toBe(false);
  });
});
