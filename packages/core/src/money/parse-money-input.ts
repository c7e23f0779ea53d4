import type { Money } from './money';
import { type MoneyConventions, moneyConventions } from './money-conventions';

/** Why a text is not an amount of money. */
export type MoneyInputProblem =
  /** Nothing but spaces, a sign or the currency. */
  | 'empty'
  /** Not a number in this locale (or a number of another currency). */
  | 'not_a_number'
  /** Below zero. */
  | 'negative'
  /** More decimal places than the currency has (`12.345` dollars). */
  | 'too_precise'
  /** Too many digits to count exactly. */
  | 'too_large';

export type MoneyInputResult =
  | { readonly ok: true; readonly money: Money }
  | { readonly ok: false; readonly reason: MoneyInputProblem };

export interface MoneyInputOptions {
  /** BCP 47 tag of the user's language (`en`, `de-DE`, `ar-EG`). */
  readonly locale: string;
  /** ISO 4217 code of the amount's currency. */
  readonly currency: string;
}

// Longer than any amount anyone types; beyond it the text is not read at all, so work stays bounded.
const MAX_LENGTH = 100;
// Marks that change how text is shown, never what it says: bidi controls, zero-width characters.
const INVISIBLE = /[\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2069\ufeff]/g;
// Fifteen digits of minor units are always exact in a double.
const MAX_DIGITS = 15;
const GROUP_MARKS = ".,'\u2019 \u066c";
const DECIMAL_MARKS = '.,\u066b';

const fail = (reason: MoneyInputProblem): MoneyInputResult => ({ ok: false, reason });

/** Removes one of `tokens` from either end of `text`, ignoring case; undefined when none is there. */
function stripEnd(text: string, tokens: readonly string[]): string | undefined {
  for (const token of tokens) {
    const upper = token.toUpperCase();
    if (text.slice(0, token.length).toUpperCase() === upper) return text.slice(token.length).trim();
    if (text.slice(-token.length).toUpperCase() === upper) return text.slice(0, -token.length).trim();
  }
  return undefined;
}

/** Every decimal digit the locale writes, plus Western and both Arabic sets, as 0–9. */
function westernDigits(text: string, zero: number): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const point = digit.codePointAt(0) ?? 0;
    for (const start of [48, 0x660, 0x6f0, zero]) {
      if (point >= start && point < start + 10) return String(point - start);
    }
    return digit;
  });
}

/** Groups as locales write them: 1–3 digits first, then twos or threes (en-IN), ending with three. */
const wellGrouped = (groups: string[]) =>
  groups.every((group, index) =>
    index === 0
      ? /^\d{1,3}$/.test(group)
      : index === groups.length - 1
        ? group.length === 3
        : group.length === 2 || group.length === 3,
  );

/** Whole and fraction digits of `body` read with `decimal` as the decimal mark (or none). */
function readNumber(
  body: string,
  decimal: string | undefined,
  conventions: MoneyConventions,
): [string, string] | undefined {
  let whole = body;
  let fraction = '';
  if (decimal !== undefined) {
    const at = body.indexOf(decimal);
    if (at < 0 || at !== body.lastIndexOf(decimal)) return undefined;
    whole = body.slice(0, at);
    fraction = body.slice(at + 1);
    if (!/^\d*$/.test(fraction) || whole + fraction === '') return undefined;
  }
  const marks = whole.replace(/\d/g, '');
  const mark = marks[0];
  if (mark !== undefined) {
    const isGroupMark = GROUP_MARKS.includes(mark) || mark === conventions.group;
    if (mark === decimal || !isGroupMark || marks !== mark.repeat(marks.length)) return undefined;
    if (!wellGrouped(whole.split(mark))) return undefined;
  }
  return [whole.replace(/\D/g, ''), fraction];
}

/**
 * Reads an amount of money typed by a user of `locale`: `$1,234.50`, `1.234,50 €`, `١٢٫٥٠`, `12.5`
 * (German too, where `.` groups thousands: `12.5` cannot be a grouped number, `12.500` is twelve
 * thousand five hundred). The locale's own reading wins; then a single `.` or `,` as decimal mark.
 * Never throws, and the result is exact integer minor units.
 */
export function parseMoneyInput(text: string, options: MoneyInputOptions): MoneyInputResult {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return fail('not_a_number');
  const conventions = moneyConventions(options.locale, options.currency);
  let rest = text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  // At most one currency and one sign, at either end, in either order: `-$5`, `$-5`, `5 €`, `USD 5`.
  let negative = false;
  let currencyLeft = true;
  let signLeft = true;
  for (let round = 0; round < 2; round++) {
    const withoutCurrency = currencyLeft ? stripEnd(rest, conventions.currencyTokens) : undefined;
    if (withoutCurrency !== undefined) {
      rest = withoutCurrency;
      currencyLeft = false;
    }
    const withoutMinus = signLeft ? stripEnd(rest, conventions.minusTokens) : undefined;
    const withoutSign = withoutMinus ?? (signLeft ? stripEnd(rest, ['+']) : undefined);
    if (withoutSign !== undefined) {
      rest = withoutSign;
      negative = withoutMinus !== undefined;
      signLeft = false;
    }
  }
  if (rest === '') return fail('empty');
  const body = westernDigits(rest, conventions.zero);
  const lastMark = body.match(/\D(?=\d*$)/)?.[0];
  const alternative = lastMark && DECIMAL_MARKS.includes(lastMark) ? lastMark : undefined;
  const read =
    (body.includes(conventions.decimal) ? readNumber(body, conventions.decimal, conventions) : undefined) ??
    readNumber(body, undefined, conventions) ??
    (alternative === undefined ? undefined : readNumber(body, alternative, conventions));
  if (!read) return fail('not_a_number');
  const [whole, fraction] = read;
  const { digits, currency } = conventions;
  if (fraction.replace(/0+$/, '').length > digits) return fail('too_precise');
  const minorText = (whole + fraction.padEnd(digits, '0').slice(0, digits)).replace(/^0+(?=\d)/, '');
  if (minorText.length > MAX_DIGITS) return fail('too_large');
  const minor = Number(minorText);
  if (negative && minor !== 0) return fail('negative');
  return { ok: true, money: { minor, currency } };
}
