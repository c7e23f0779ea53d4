import { CORE_COPY_KEYS, PLURAL_COPY_KEYS } from '@tactful/core';
import { describe, expect, it } from 'vitest';
import english from '../../../locales/en/tactful.json';
import { flatKeys } from './testing/sample-values';

const keys = new Set(flatKeys(english));

// The keys the balance, auto-recharge and payment components are written against.
const FEATURE_KEYS = [
  ...['low', 'critical', 'depleted', 'recovered'].flatMap((level) => [
    `balance.${level}.title`,
    `balance.${level}.body`,
  ]),
  'balance.runway_one',
  'balance.runway_other',
  'balance.runway_under_day',
  'balance.runway_unknown',
  'balance.as_of',
  'balance.meter_label',
  'balance.threshold_marker',
  'balance.set_up_auto_recharge',
  ...[
    'title',
    'enabled_label',
    'threshold_label',
    'threshold_help',
    'method_label',
    'method_target',
    'method_fixed',
    'target_label',
    'amount_label',
    'amount_help',
    'cap_label',
    'cap_help',
    'summary_target',
    'summary_fixed',
    'summary_cap',
    'summary_off',
    'save',
    'saved',
    ...[
      'threshold_required',
      'threshold_negative',
      'amount_required',
      'amount_not_positive',
      'amount_below_min',
      'amount_above_max',
      'target_not_above_threshold',
      'cap_not_positive',
      'cap_below_amount',
      'not_a_number',
    ].map((rule) => `validation.${rule}`),
  ].map((key) => `autoRecharge.${key}`),
  'payment.ok.label',
  'payment.expiring.title',
  'payment.expiring.body',
  'payment.failed.title',
  'payment.failed.body',
  'payment.failed.body_auto_recharge',
  ...['required', 'not_a_number', 'below_min', 'above_max'].map((rule) => `recharge.validation.${rule}`),
];

describe('the English copy against the key contract', () => {
  it('has every singular key the core view model emits', () => {
    expect(CORE_COPY_KEYS.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('has every plural key the core emits as _one and _other', () => {
    const missing = PLURAL_COPY_KEYS.flatMap((key) => [`${key}_one`, `${key}_other`]).filter(
      (key) => !keys.has(key),
    );
    expect(missing).toEqual([]);
  });

  it('has the balance, auto-recharge, payment and recharge keys the components use', () => {
    expect(FEATURE_KEYS.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('gives the money placeholders the currency formatter and dates the datetime one', () => {
    const text = JSON.stringify(english);
    const money = [
      ...text.matchAll(/\{\{(balance|needed|min|max|amount|threshold|target|cap)\b([^}]*)\}\}/g),
    ];
    expect(money.length).toBeGreaterThan(20);
    expect(money.filter((match) => match[2]?.trim() !== ', currency')).toEqual([]);
    expect(
      [...text.matchAll(/\{\{(asOf|expiry)\b([^}]*)\}\}/g)].every((match) => match[2]?.includes('datetime')),
    ).toBe(true);
  });
});
