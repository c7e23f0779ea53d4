import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, type Money } from './money';
import { formatMoneyInput, moneyConventions } from './money-conventions';
import { type MoneyInputProblem, parseMoneyInput } from './parse-money-input';

const parse = (text: string, locale: string, currency: string) => parseMoneyInput(text, { locale, currency });
const amount = (minor: number, currency: string): Money => ({ minor, currency });

// Every language the kit ships copy for (a folder of locales/ each: core cannot depend on
// @tactful/i18n, which lists them), plus locales that stress the reader: other digits, marks and groupings.
const SHIPPED_LANGUAGES = readdirSync(new URL('../../../../locales', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const LOCALES = [
  ...SHIPPED_LANGUAGES,
  'en-XA',
  'de',
  'fr',
  'de-CH',
  'en-IN',
  'ar-EG',
  'fa',
  'he',
  'hi-IN-u-nu-deva',
  'ja',
  'pt-BR',
];
const CURRENCIES = ['USD', 'EUR', 'JPY', 'KWD', 'EGP', 'INR', 'CHF', 'GBP'];
const REASONS: readonly MoneyInputProblem[] = [
  'empty',
  'not_a_number',
  'negative',
  'too_precise',
  'too_large',
];

describe('parseMoneyInput reads what people type', () => {
  it.each([
    ['$1,234.56', 'en', 'USD', 123456],
    ['1234.5', 'en', 'USD', 123450],
    ['USD 5', 'en', 'USD', 500],
    ['1.234,56 €', 'de', 'EUR', 123456],
    ['1\u202f234,56\u00a0€', 'fr', 'EUR', 123456],
    ['1 234,56', 'fr', 'EUR', 123456],
    ['1’234.50', 'de-CH', 'CHF', 123450],
    ['12,34,567.50', 'en-IN', 'INR', 123456750],
    ['١٢٫٥٠', 'ar', 'USD', 1250],
    ['\u200f١٬٢٣٤٫٥ US$', 'ar-EG', 'USD', 123450],
    ['$12', 'ar', 'USD', 1200],
    ['۱۲٫۵', 'fa', 'EUR', 1250],
    ['१२.५', 'hi-IN-u-nu-deva', 'INR', 1250],
    ['１２３４', 'ja', 'JPY', 1234],
    ['￥1,234', 'ja', 'JPY', 1234],
    ['12.340', 'en', 'USD', 1234],
    ['0', 'en', 'USD', 0],
    ['-0', 'en', 'USD', 0],
  ])('%j in %s (%s) is %d minor units', (text, locale, currency, minor) => {
    expect(parse(text, locale, currency)).toEqual({ ok: true, money: amount(minor, currency) });
  });

  it('lets the locale decide a lone mark, and reads a mark that cannot group as a decimal mark', () => {
    // In German `.` groups thousands: `12.500` is twelve thousand five hundred, `12.5` can only be 12,50.
    expect(parse('12.500', 'de', 'EUR')).toEqual({ ok: true, money: amount(1250000, 'EUR') });
    expect(parse('12.5', 'de', 'EUR')).toEqual({ ok: true, money: amount(1250, 'EUR') });
    expect(parse('1,234', 'en', 'USD')).toEqual({ ok: true, money: amount(123400, 'USD') });
    expect(parse('1,5', 'en', 'USD')).toEqual({ ok: true, money: amount(150, 'USD') });
    // Both marks: the last one is the decimal mark, whichever the locale prefers.
    expect(parse('1,234.56', 'de', 'EUR')).toEqual({ ok: true, money: amount(123456, 'EUR') });
    expect(parse('1.234,56', 'en', 'USD')).toEqual({ ok: true, money: amount(123456, 'USD') });
  });

  it.each<[string, string, string, MoneyInputProblem]>([
    ['', 'en', 'USD', 'empty'],
    ['   ', 'en', 'USD', 'empty'],
    ['$', 'en', 'USD', 'empty'],
    ['-', 'en', 'USD', 'empty'],
    ['abc', 'en', 'USD', 'not_a_number'],
    ['1e5', 'en', 'USD', 'not_a_number'],
    ['12 50', 'en', 'USD', 'not_a_number'],
    ['1,,234', 'en', 'USD', 'not_a_number'],
    ['1.2.3', 'en', 'USD', 'not_a_number'],
    ['€5', 'en', 'USD', 'not_a_number'],
    ['$$5', 'en', 'USD', 'not_a_number'],
    ['Infinity', 'en', 'USD', 'not_a_number'],
    ['-$5', 'en', 'USD', 'negative'],
    ['$-5', 'en', 'USD', 'negative'],
    ['5-', 'en', 'USD', 'negative'],
    ['12.345', 'en', 'USD', 'too_precise'],
    ['1.5', 'ja', 'JPY', 'too_precise'],
    ['99999999999999999', 'en', 'USD', 'too_large'],
  ])('%j in %s (%s) is refused as %s', (text, locale, currency, reason) => {
    expect(parse(text, locale, currency)).toEqual({ ok: false, reason });
  });

  it('reads three decimal places for dinars and none for yen', () => {
    expect(parse('1.234', 'en', 'KWD')).toEqual({ ok: true, money: amount(1234, 'KWD') });
    expect(parse('1,234', 'en', 'JPY')).toEqual({ ok: true, money: amount(1234, 'JPY') });
  });
});

describe('parseMoneyInput properties', () => {
  const locale = fc.constantFrom(...LOCALES);
  const currency = fc.constantFrom(...CURRENCIES);
  // Up to 10^13 minor units: the range where core's float-based formatMoney is still exact.
  const minor = fc.integer({ min: 0, max: 10 ** 13 });

  it('reads back every amount formatted with its currency, in every locale', () => {
    fc.assert(
      fc.property(locale, currency, minor, (lng, code, units) => {
        const value = amount(units, code);
        expect(parse(formatMoney(value, lng), lng, code)).toEqual({ ok: true, money: value });
      }),
    );
  });

  it('reads back the input’s own formatting, up to the largest exact amount', () => {
    fc.assert(
      fc.property(locale, currency, fc.integer({ min: 0, max: 10 ** 15 - 1 }), (lng, code, units) => {
        const value = amount(units, code);
        expect(parse(formatMoneyInput(value, lng), lng, code)).toEqual({ ok: true, money: value });
      }),
    );
  });

  it('keeps reading an amount wrapped in spaces and direction marks', () => {
    const noise = fc.stringMatching(/^[ \u00a0\u200e\u200f\u061c\u2066-\u2069]{0,3}$/);
    fc.assert(
      fc.property(locale, currency, minor, noise, noise, (lng, code, units, before, after) => {
        const value = amount(units, code);
        expect(parse(`${before}${formatMoney(value, lng)}${after}`, lng, code)).toEqual({
          ok: true,
          money: value,
        });
      }),
    );
  });

  it('refuses every formatted amount below zero as negative', () => {
    fc.assert(
      fc.property(locale, currency, fc.integer({ min: -(10 ** 13), max: -1 }), (lng, code, units) => {
        expect(parse(formatMoney(amount(units, code), lng), lng, code)).toEqual({
          ok: false,
          reason: 'negative',
        });
      }),
    );
  });

  it('is stable: what it reads, formatted again, reads the same', () => {
    const typed = fc.stringMatching(/^[-+$€ 0-9.,'٠-٩٫٬]{0,14}$/);
    fc.assert(
      fc.property(locale, currency, typed, (lng, code, text) => {
        const first = parse(text, lng, code);
        if (!first.ok) return;
        expect(parse(formatMoneyInput(first.money, lng), lng, code)).toEqual(first);
      }),
    );
  });

  it('never throws on garbage, and answers with exact minor units or a known reason', () => {
    const garbage = fc.oneof(
      // Any UTF-16 code unit, lone surrogates included (fast-check's 'binary' unit takes seconds to set up).
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
        maxLength: 120,
      }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.stringMatching(/^[0-9.,\s\u066b\u066c'-]{0,30}$/),
    );
    const anyLocale = fc.oneof(locale, fc.string({ maxLength: 12 }));
    const anyCurrency = fc.oneof(currency, fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(garbage, anyLocale, anyCurrency, (text, lng, code) => {
        const result = parse(text, lng, code);
        if (result.ok) {
          expect(Number.isSafeInteger(result.money.minor)).toBe(true);
          expect(result.money.minor).toBeGreaterThanOrEqual(0);
          expect(result.money.currency).toBe(code.toUpperCase());
        } else {
          expect(REASONS).toContain(result.reason);
        }
      }),
    );
  });

  it('survives values that are not text at all', () => {
    for (const value of [undefined, null, 12, {}, Symbol('x')]) {
      expect(parseMoneyInput(value as unknown as string, { locale: 'en', currency: 'USD' })).toEqual({
        ok: false,
        reason: 'not_a_number',
      });
    }
    expect(parseMoneyInput('12', { locale: undefined, currency: undefined } as never).ok).toBe(true);
  });
});

describe('formatMoneyInput and the conventions', () => {
  it('writes the number as the locale does, without the currency', () => {
    expect(formatMoneyInput(amount(123456, 'EUR'), 'de')).toBe('1.234,56');
    expect(formatMoneyInput(amount(123456, 'USD'), 'ar-EG')).toBe('١٬٢٣٤٫٥٦');
    expect(formatMoneyInput(amount(1234, 'JPY'), 'ja')).toBe('1,234');
    expect(formatMoneyInput(amount(123456789012345, 'USD'), 'en')).toBe('1,234,567,890,123.45');
  });

  it('knows which side of the number the currency goes on', () => {
    expect(moneyConventions('en', 'USD').symbolFirst).toBe(true);
    expect(moneyConventions('de', 'EUR').symbolFirst).toBe(false);
    expect(moneyConventions('ar', 'USD').symbolFirst).toBe(false);
  });
});
