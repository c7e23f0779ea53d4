// The words of each message are checked against the shipped copy in test/unit/recharge-copy.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Money, minorDigits } from '../money/money';
import { parseMoneyInput } from '../money/parse-money-input';
import { rechargeAmountError } from './amount';

const usd = (minor: number): Money => ({ minor, currency: 'USD' });

describe('rechargeAmountError', () => {
  const limits = { min: usd(500), max: usd(50_000) };

  it('accepts the limits themselves and anything between', () => {
    fc.assert(
      fc.property(fc.integer({ min: 500, max: 50_000 }), (minor) => {
        expect(rechargeAmountError({ ok: true, money: usd(minor) }, 'USD', limits)).toBeUndefined();
      }),
    );
  });

  it('asks for whole minor units whatever the currency and the extra digits (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'BHD', 'GBP'),
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 3 }),
        (currency, whole, lastDigit, extra) => {
          const digits = minorDigits(currency);
          const text = `${whole}.${'0'.repeat(digits + extra - 1)}${lastDigit}`;
          const error = rechargeAmountError(parseMoneyInput(text, { locale: 'en', currency }), currency, {});
          expect(error?.key).toBe('recharge.validation.too_precise');
          expect(error?.formatParams).toEqual({ step: { currency } });
          expect(error?.values?.step).toBe(10 ** -digits);
        },
      ),
    );
  });
});
