// The contract between the recharge dialog's copy references (made in @tactful/core) and the shipped
// copy (loaded by @tactful/i18n): each renders, in English word for word, and in every language with its amounts.
import {
  adminMessageRef,
  type CopyRef,
  copyWithIntent,
  type Money,
  minorDigits,
  PROBLEM_KINDS,
  parseMoneyInput,
  rechargeAmountError,
  rechargeFailureCopy,
  rechargeHint,
} from '@tactful/core';
import { createTactfulI18n, SHIPPED_LANGUAGES, translate } from '@tactful/i18n';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

const usd = (minor: number): Money => ({ minor, currency: 'USD' });
const read = (text: string) => parseMoneyInput(text, { locale: 'en', currency: 'USD' });

let english: i18n;
beforeAll(async () => {
  english = await createTactfulI18n({ lng: 'en' });
});
const tr = (ref: CopyRef) => translate(english.t.bind(english), ref);

describe('rechargeAmountError', () => {
  const limits = { min: usd(500), max: usd(50_000) };

  it.each([
    ['', 'Enter an amount.'],
    ['ten', 'Enter the amount as a number.'],
    ['12.345', 'Enter the amount to the nearest $0.01.'],
    ['5.001', 'Enter the amount to the nearest $0.01.'],
    ['-20', 'The smallest amount you can add is $5.00.'],
    ['4.99', 'The smallest amount you can add is $5.00.'],
    ['500.01', 'The largest amount you can add at once is $500.00.'],
    ['99999999999999999', 'The largest amount you can add at once is $500.00.'],
  ])('%j: %s', (text, message) => {
    const error = rechargeAmountError(read(text), 'USD', limits);
    expect(error && tr(error)).toBe(message);
  });

  it('asks for more than nothing when the app set no least amount', () => {
    const error = rechargeAmountError(read('0'), 'usd', {});
    expect(error && tr(error)).toBe('The smallest amount you can add is $0.01.');
    expect(rechargeAmountError(read('0.01'), 'USD', {})).toBeUndefined();
    expect(rechargeAmountError(read('99999999999999999'), 'USD', {})).toMatchObject({
      key: 'recharge.validation.not_a_number',
    });
  });

  it('names one minor unit of the currency when an amount has more decimals than it counts', () => {
    const inYen = rechargeAmountError(parseMoneyInput('1.5', { locale: 'en', currency: 'JPY' }), 'jpy', {});
    expect(inYen && tr(inYen)).toBe('Enter the amount to the nearest ¥1.');
    const inDinars = rechargeAmountError(
      parseMoneyInput('1.2345', { locale: 'en', currency: 'KWD' }),
      'KWD',
      {},
    );
    expect(inDinars && tr(inDinars)).toBe('Enter the amount to the nearest KWD\u00a00.001.');
    // Trailing zeros add no precision: 12.500 dollars is 12.50.
    expect(rechargeAmountError(read('12.500'), 'USD', limits)).toBeUndefined();
  });
});

describe('the copy the dialog asks for', () => {
  it('renders every hint, failure and message through the shipped English', () => {
    const refs: CopyRef[] = [
      ...[{ min: usd(500), max: usd(1000) }, { min: usd(500) }, { max: usd(1000) }].flatMap(
        (limits) => rechargeHint(limits) ?? [],
      ),
      ...PROBLEM_KINDS.flatMap((kind) => {
        const copy = rechargeFailureCopy({ kind, retryable: false, cause: null });
        return [copy.title, ...copy.body, copy.retry];
      }),
      copyWithIntent('recharge.body', 'summarizing 40 contracts'),
      copyWithIntent('recharge.success', undefined),
    ];
    for (const ref of refs) expect(tr(ref), ref.key).not.toBe('');
    expect(rechargeHint({})).toBeUndefined();
  });

  it('hints at the range, the least or the most, as far as the app set limits', () => {
    const hint = (limits: Parameters<typeof rechargeHint>[0]) => {
      const ref = rechargeHint(limits);
      return ref && tr(ref);
    };
    expect(hint({ min: usd(500), max: usd(1000) })).toBe('Between $5.00 and $10.00');
    expect(hint({ min: usd(500) })).toBe('At least $5.00');
    expect(hint({ max: usd(1000) })).toBe('Up to $10.00');
  });

  it('words a declined card as a payment that did not go through', () => {
    const copy = rechargeFailureCopy({ kind: 'payment_method_failed', retryable: false, cause: null });
    expect(tr(copy.title)).toBe("The payment didn't go through");
    expect(tr(copy.retry)).toBe('Try again');
  });

  it('prepares the admin message, naming the intent and the amount when they are known', () => {
    const intent = 'summarizing 40 contracts';
    expect(tr(adminMessageRef(intent, usd(150)))).toBe(
      'Hi, I was summarizing 40 contracts in this app, but our account has run out of funds, and I need $1.50 to finish. Could you add more when you have a moment? Thanks.',
    );
    expect(tr(adminMessageRef(undefined, usd(150)))).toBe(
      'Hi, our account in this app has run out of funds, and my request needs $1.50 to finish. Could you add more when you have a moment? Thanks.',
    );
    expect(adminMessageRef(intent, undefined)).toEqual({
      key: 'recharge.admin.message_intent',
      values: { intent },
    });
    expect(adminMessageRef(undefined, undefined)).toEqual({ key: 'recharge.admin.message' });
  });
});

describe('the new copy in every shipped language', () => {
  const instances = new Map<string, i18n>();
  beforeAll(async () => {
    for (const lng of SHIPPED_LANGUAGES) instances.set(lng, await createTactfulI18n({ lng }));
  });
  const render = (lng: string, ref: CopyRef) => {
    const instance = instances.get(lng);
    if (!instance) throw new Error(`no ${lng}`);
    return translate(instance.t.bind(instance), ref);
  };
  const amount = (lng: string, money: Money) =>
    new Intl.NumberFormat(lng, { style: 'currency', currency: money.currency }).format(
      money.minor / 10 ** minorDigits(money.currency),
    );

  it.each(SHIPPED_LANGUAGES)('%s: the admin message names the amount, the intent and the product', (lng) => {
    const needed = usd(150);
    const named = render(lng, adminMessageRef('INTENT', needed));
    expect(named).toContain(amount(lng, needed));
    expect(named).toContain('INTENT');
    expect(named).toContain(render(lng, { key: 'terms.product' }));
    expect(named).not.toContain(render(lng, adminMessageRef('INTENT', undefined)));
    const plain = render(lng, adminMessageRef(undefined, needed));
    expect(plain).toContain(amount(lng, needed));
    expect(plain).toContain(render(lng, { key: 'terms.product' }));
  });

  it.each(SHIPPED_LANGUAGES)('%s: the hint and the precision message show their amounts', (lng) => {
    expect(render(lng, rechargeHint({ max: usd(1000) }) as CopyRef)).toContain(amount(lng, usd(1000)));
    for (const step of [usd(1), { minor: 1, currency: 'JPY' }]) {
      const text = step.currency === 'USD' ? '1.001' : '1.5';
      const error = rechargeAmountError(
        parseMoneyInput(text, { locale: 'en', currency: step.currency }),
        step.currency,
        {},
      );
      expect(render(lng, error as CopyRef)).toContain(amount(lng, step));
    }
  });
});
