import type { CopyRef as CoreCopyRef } from '@tactful/core';
import fc from 'fast-check';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CopyRef } from './copy-ref.types';
import { createTactfulI18n } from './create';
import { translate } from './translate';

let en: i18n;
let ar: i18n;
beforeAll(async () => {
  en = await createTactfulI18n({
    lng: 'en',
    preload: ['ar'],
    product: 'Acme',
    resources: { en: { intents: { summarize: 'summarizing {{count}} contracts' } } },
  });
  ar = await createTactfulI18n({ lng: 'ar' });
});

describe('translate', () => {
  it('renders a key with its values', () => {
    expect(
      translate(en.t, { key: 'states.running.body_intent', values: { intent: 'summarizing 40 contracts' } }),
    ).toBe('Still working on summarizing 40 contracts.');
  });

  it('renders a nested CopyRef first: an intent label kept as the app’s own key', () => {
    const ref: CopyRef = {
      key: 'kinds.insufficient_funds.cause_intent',
      values: { intent: { key: 'intents.summarize', values: { count: 40 } } },
    };
    expect(translate(en.t, ref)).toBe(
      "We couldn't finish summarizing 40 contracts because the balance on this account has run out.",
    );
  });

  it('accepts the core view model’s CopyRef as it is', () => {
    const core: CoreCopyRef = {
      key: 'amounts.balance_needed',
      values: { balance: 0.12, needed: 1.5 },
      formatParams: { balance: { currency: 'USD' }, needed: { currency: 'EUR' } },
    };
    expect(translate(en.t, core)).toBe('The account has $0.12 left, and this request needs €1.50.');
  });

  it('formats money by currency and locale, never by hand', () => {
    const ref = (currency: string): CopyRef => ({
      key: 'amounts.balance',
      values: { balance: 1234.5 },
      formatParams: { balance: { currency } },
    });
    expect(translate(en.t, ref('USD'))).toBe('The account has $1,234.50 left.');
    expect(translate(en.t, ref('JPY'))).toBe('The account has ¥1,235 left.');
    const arabic = translate(ar.t, ref('USD'));
    expect(arabic).toContain(
      new Intl.NumberFormat('ar', { style: 'currency', currency: 'USD' }).format(1234.5),
    );
  });

  it('chooses the plural form from count, per language', () => {
    const countdown = (t: i18n['t'], count: number) =>
      translate(t, { key: 'states.waiting.countdown', values: { count } });
    expect(countdown(en.t, 1)).toBe('Trying again in 1 second.');
    expect(countdown(en.t, 1200)).toBe('Trying again in 1,200 seconds.');
    expect(countdown(ar.t, 2)).toBe('سنعيد المحاولة بعد ثانيتين.');
    expect(countdown(ar.t, 5)).toBe('سنعيد المحاولة بعد \u20685\u2069 ثوانٍ.');
  });

  it('formats dates with the options the copy asks for, in the caller’s time zone', () => {
    const ref: CopyRef = {
      key: 'balance.as_of',
      values: { asOf: new Date(Date.UTC(2026, 10, 25, 14, 5)) },
      formatParams: { asOf: { timeZone: 'UTC' } },
    };
    expect(translate(en.t, ref)).toBe('As of Nov 25, 2026, 2:05 PM');
  });

  it('fills {{product}} from the app’s setting unless the ref gives one', () => {
    expect(translate(en.t, { key: 'recharge.admin.message' })).toContain(
      'our account in Acme has run out of funds',
    );
    expect(translate(en.t, { key: 'recharge.admin.message', values: { product: 'Beta' } })).toContain(
      'in Beta',
    );
  });

  it('leaves out a key that exists nowhere rather than showing it', () => {
    expect(translate(en.t, { key: 'kinds.not_a_kind.title' })).toBe('');
    expect(translate(en.t, { key: 'app:missing' })).toBe('');
  });

  it('leaves a gap for a value the caller forgot, never raw braces', () => {
    expect(translate(en.t, { key: 'states.running.body_intent' })).toBe('Still working on .');
  });

  it('never throws, even when the t function does', () => {
    const throwing = () => {
      throw new Error('broken');
    };
    expect(translate(throwing, { key: 'actions.add_funds' })).toBe('');
  });

  it('stops at a loop of nested refs', () => {
    const loop: { key: string; values: Record<string, CopyRef> } = {
      key: 'states.running.body_intent',
      values: {},
    };
    loop.values.intent = loop;
    expect(() => translate(en.t, loop)).not.toThrow();
  });
});

describe('hostile values come out as inert text', () => {
  const render = (intent: string) =>
    translate(en.t, { key: 'kinds.unknown.cause_intent', values: { intent } });
  const expected = (intent: string) => `We couldn't finish ${intent}, and the service didn't say why.`;

  it('HTML and script stay text (React escapes them when rendering)', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    expect(render(html)).toBe(expected(html));
  });

  it('placeholders inside values are not filled', () => {
    expect(render('{{product}} {{intent}} {{balance, currency}}')).toBe(
      expected('{{product}} {{intent}} {{balance, currency}}'),
    );
  });

  it('nesting inside values does not run, and the copy’s own nesting still does', () => {
    const text = translate(en.t, {
      key: 'recharge.admin.message_intent',
      values: { intent: '$t(terms.product)' },
    });
    expect(text).toBe(
      'Hi, I was $\u2060t(terms.product) in Acme, but our account has run out of funds. Could you add more when you have a moment? Thanks.',
    );
  });

  it('any string: the sentence around it is intact and the value reads as given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (intent) => {
        expect(render(intent)).toBe(expected(intent.replace(/\$(?=t\()/g, '$\u2060')));
      }),
      { numRuns: 300 },
    );
  });
});
