// A small English reference and helpers to lint one changed key at a time.
import type { LintMode } from '../context';
import type { Finding } from '../findings';
import { lintLocale, referenceFromObject } from '../lint';

export const SAMPLE_ENGLISH = {
  terms: { money: 'funds', balance: 'balance' },
  kinds: {
    x: {
      title: 'Your $t(terms.balance) has run out',
      cause_intent: "We couldn't finish {{intent}} because the balance ran out.",
      next: "Add $t(terms.money) and we'll pick up where you left off.",
    },
  },
  amounts: { balance: 'The account has {{balance, currency}} left.' },
  waiting: {
    countdown_one: 'Trying again in {{count}} second.',
    countdown_other: 'Trying again in {{count}} seconds.',
  },
  balance: { as_of: 'As of {{asOf, datetime}}' },
  actions: { add_funds: 'Add $t(terms.money)', not_now: 'Not now' },
} as const;

export const SAMPLE_REFERENCE = referenceFromObject(SAMPLE_ENGLISH);

type Copy = { [key: string]: string | number | null | readonly string[] | Copy };

/** A deep copy with `key` (dotted) set to `value`, or removed when `value` is undefined. */
export function withKey(copy: Copy, key: string, value: Copy[string] | undefined): Copy {
  const [head = '', ...rest] = key.split('.');
  const out: Copy = { ...copy };
  if (rest.length === 0) {
    if (value === undefined) delete out[head];
    else out[head] = value;
    return out;
  }
  const child = out[head];
  out[head] = withKey(
    child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as Copy) : {},
    rest.join('.'),
    value,
  );
  return out;
}

export function lintSample(copy: Copy | string, lng = 'en', mode: LintMode = 'complete'): Finding[] {
  const text = typeof copy === 'string' ? copy : JSON.stringify(copy, null, 2);
  return [...lintLocale({ file: `${lng}.json`, text, lng }, { reference: SAMPLE_REFERENCE, mode }).findings];
}

export function rulesOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}

/** The sample English as a translation would start: a copy to change one key of. */
export const english = (): Copy => JSON.parse(JSON.stringify(SAMPLE_ENGLISH)) as Copy;

export const SPANISH: Copy = {
  terms: { money: 'fondos', balance: 'saldo' },
  kinds: {
    x: {
      title: 'Tu $t(terms.balance) se ha agotado',
      cause_intent: 'No pudimos terminar de {{intent}} porque el saldo se agotó.',
      next: 'Añade $t(terms.money) y seguiremos donde lo dejaste.',
    },
  },
  amounts: { balance: 'Quedan {{balance, currency}} en la cuenta.' },
  waiting: {
    countdown_one: 'Volveremos a intentarlo en {{count}} segundo.',
    countdown_many: 'Volveremos a intentarlo en {{count}} de segundos.',
    countdown_other: 'Volveremos a intentarlo en {{count}} segundos.',
  },
  balance: { as_of: 'Actualizado el {{asOf, datetime}}' },
  actions: { add_funds: 'Añadir $t(terms.money)', not_now: 'Ahora no' },
};
