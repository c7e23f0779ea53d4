import { describe, expect, it } from 'vitest';
import { cardExpiryDate, paymentIssueCopy } from './payment-issue';

describe('cardExpiryDate', () => {
  it('turns a card expiry into a date in that month, refusing impossible months', () => {
    const date = cardExpiryDate({ month: 12, year: 2026 });
    expect(date?.getMonth()).toBe(11);
    expect(date?.getFullYear()).toBe(2026);
    expect(cardExpiryDate({ month: 0, year: 2026 })).toBeUndefined();
    expect(cardExpiryDate({ month: 1.5, year: 2026 })).toBeUndefined();
    expect(cardExpiryDate(undefined)).toBeUndefined();
  });
});

describe('paymentIssueCopy', () => {
  it('warns only about a failed payment or a card about to expire', () => {
    expect(paymentIssueCopy({ status: 'ok' })).toBeNull();
    expect(paymentIssueCopy({ status: 'missing' })).toBeNull();
    expect(paymentIssueCopy({ status: 'failed' })).toMatchObject({
      tone: 'critical',
      body: { key: 'payment.failed.body' },
    });
    expect(paymentIssueCopy({ status: 'failed' }, true)?.body).toEqual({
      key: 'payment.failed.body_auto_recharge',
    });
  });

  it('names an expiring card by its last digits and month only when it has both', () => {
    const named = paymentIssueCopy({ status: 'expiring', last4: '4242', expiry: { month: 3, year: 2027 } });
    expect(named?.body).toEqual({
      key: 'payment.expiring.body',
      values: { last4: '4242', expiry: new Date(2027, 2, 15).getTime() },
    });
    expect(paymentIssueCopy({ status: 'expiring', last4: '4242' })?.body).toEqual({
      key: 'payment.expiring.body_unnamed',
    });
  });
});
