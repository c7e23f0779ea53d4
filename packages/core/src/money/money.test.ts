import { describe, expect, it } from 'vitest';
import { formatMoney, isMoney, minorDigits, money, toMajor } from './money';

describe('money', () => {
  it('knows each currency minor unit from Intl', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('jpy')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('converts major units to integer minor units without float drift', () => {
    expect(money(0.1 + 0.2, 'USD')).toEqual({ minor: 30, currency: 'USD' });
    expect(money(1999, 'JPY')).toEqual({ minor: 1999, currency: 'JPY' });
    expect(money(-2.005, 'eur').minor).toBe(-201);
    expect(toMajor({ minor: 1250, currency: 'USD' })).toBe(12.5);
  });

  it('formats in the user locale', () => {
    expect(formatMoney({ minor: 1250, currency: 'USD' }, 'en-US')).toBe('$12.50');
    expect(formatMoney({ minor: 1250, currency: 'EUR' }, 'de-DE')).toBe('12,50\u00a0€');
  });

  it('tells money from other quantities', () => {
    expect(isMoney({ minor: 1, currency: 'USD' })).toBe(true);
    expect(isMoney({ value: 1000, unit: 'credits' })).toBe(false);
    expect(isMoney(undefined)).toBe(false);
  });
});
