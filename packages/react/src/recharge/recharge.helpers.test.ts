import { type CopyRef, type Money, PROBLEM_KINDS } from '@tactful/core';
import { createTactfulI18n, translate } from '@tactful/i18n';
import fc from 'fast-check';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMoneyInput } from '../currency-input/parse-money-input';
import {
  adminMessageRefs,
  rechargeAmountError,
  rechargeFailureCopy,
  rechargeHint,
  suggestPreset,
  withIntent,
} from './recharge.helpers';

const usd = (minor: number): Money => ({ minor, currency: 'USD' });
const read = (text: string) => parseMoneyInput(text, { locale: 'en', currency: 'USD' });

let english: i18n;
beforeAll(async () => {
  english = await createTactfulI18n({ lng: 'en' });
});
const tr = (ref: CopyRef) => translate(english.t.bind(english), ref);

describe('suggestPreset', () => {
  it('starts on the smallest preset that covers what the request lacks', () => {
    const presets = [usd(2500), usd(500), usd(1000)];
    expect(suggestPreset(presets, usd(300), usd(700))).toBe(1);
    expect(suggestPreset(presets, usd(0), usd(700))).toBe(2);
    expect(suggestPreset(presets, undefined, usd(1200))).toBe(0);
  });

  it('takes the largest when none is enough, the first when nothing is known', () => {
    expect(suggestPreset([usd(500), usd(1000)], usd(0), usd(99_999))).toBe(1);
    expect(suggestPreset([usd(500), usd(1000)], undefined, undefined)).toBe(0);
    expect(suggestPreset([usd(500)], undefined, { minor: 100, currency: 'EUR' })).toBe(0);
    expect(suggestPreset([], usd(0), usd(100))).toBeUndefined();
  });

  it('always names a preset that exists, and one that covers the need when any does', () => {
    const amount = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 8 }), amount, amount, (minors, has, needs) => {
        const presets = minors.map(usd);
        const index = suggestPreset(presets, usd(has), usd(needs)) ?? -1;
        const chosen = presets[index];
        expect(chosen).toBeDefined();
        const lacking = needs - has;
        const covering = minors.filter((minor) => minor >= lacking);
        if (covering.length) expect(chosen?.minor).toBe(Math.min(...covering));
        else expect(chosen?.minor).toBe(Math.max(...minors));
      }),
    );
  });
});

describe('rechargeAmountError', () => {
  const limits = { min: usd(500), max: usd(50_000) };

  it.each([
    ['', 'Enter an amount.'],
    ['ten', 'Enter the amount as a number.'],
    ['12.345', 'Enter the amount as a number.'],
    ['-20', 'The smallest amount you can add is $5.00.'],
    ['4.99', 'The smallest amount you can add is $5.00.'],
    ['500.01', 'The largest amount you can add at once is $500.00.'],
    ['99999999999999999', 'The largest amount you can add at once is $500.00.'],
  ])('%j: %s', (text, message) => {
    const error = rechargeAmountError(read(text), 'USD', limits);
    expect(error && tr(error)).toBe(message);
  });

  it('accepts the limits themselves and anything between', () => {
    fc.assert(
      fc.property(fc.integer({ min: 500, max: 50_000 }), (minor) => {
        expect(rechargeAmountError({ ok: true, money: usd(minor) }, 'USD', limits)).toBeUndefined();
      }),
    );
  });

  it('asks for more than nothing when the app set no least amount', () => {
    const error = rechargeAmountError(read('0'), 'usd', {});
    expect(error && tr(error)).toBe('The smallest amount you can add is $0.01.');
    expect(rechargeAmountError(read('0.01'), 'USD', {})).toBeUndefined();
    expect(rechargeAmountError(read('99999999999999999'), 'USD', {})).toMatchObject({
      key: 'recharge.validation.not_a_number',
    });
  });
});

describe('the copy the dialog asks for', () => {
  it('renders every hint, failure and message through the shipped English', () => {
    const refs: CopyRef[] = [
      ...[{ min: usd(500), max: usd(1000) }, { min: usd(500) }].flatMap(
        (limits) => rechargeHint(limits) ?? [],
      ),
      ...PROBLEM_KINDS.flatMap((kind) => {
        const copy = rechargeFailureCopy({ kind, retryable: false, cause: null });
        return [copy.title, ...copy.body, copy.retry];
      }),
      withIntent('recharge.body', 'summarizing 40 contracts'),
      withIntent('recharge.success', undefined),
    ];
    for (const ref of refs) expect(tr(ref), ref.key).not.toBe('');
    expect(rechargeHint({ max: usd(1000) })).toBeUndefined();
  });

  it('words a declined card as a payment that did not go through', () => {
    const copy = rechargeFailureCopy({ kind: 'payment_method_failed', retryable: false, cause: null });
    expect(tr(copy.title)).toBe("The payment didn't go through");
    expect(tr(copy.retry)).toBe('Try again');
  });

  it('prepares the admin message, naming the amount once the copy can', () => {
    const [named, plain] = adminMessageRefs('summarizing 40 contracts', usd(150));
    expect(named?.key).toBe('recharge.admin.message_intent_needed');
    expect(named?.values).toMatchObject({ needed: 1.5, intent: 'summarizing 40 contracts' });
    expect(tr(plain as CopyRef)).toContain('summarizing 40 contracts');
    expect(adminMessageRefs(undefined, undefined).map((ref) => ref.key)).toEqual(['recharge.admin.message']);
  });
});
