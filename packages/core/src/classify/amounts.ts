import type { Amount } from '../money/money';
import type { ProblemAmounts } from '../problem/problem';

/** A figure: an optional currency sign, the number and an optional unit word ("$0.42", "4000", "11 characters"). */
const FIGURE = '(\\$|€|£)?(\\d[\\d,]*(?:\\.\\d+)?) ?([a-z]+)?';
/** "balance is 30", "can only afford 4000", "You have 11 characters remaining", "19484 available". */
const BALANCE = new RegExp(
  `(?:balance (?:is|of)|only afford|you have|available:?) ${FIGURE}|${FIGURE}(?: capacity)? (?:remaining|available|left)\\b`,
);
/** "costs 50", "requested up to 4096 tokens", "70 characters are required", "128000 token capacity required". */
const NEEDED = new RegExp(
  `(?:costs?|requires?|required:?|requested up to|needs?) ${FIGURE}|${FIGURE}(?: capacity)? (?:are |is )?required`,
);
const CURRENCIES = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
]);

type Stated = readonly [value: number, currency: string | undefined, unit: string | undefined];

/** The figure a pattern found: groups 1–3 for its first alternative, 4–6 for its second. */
function stated(match: RegExpExecArray | null): Stated | undefined {
  if (!match) return undefined;
  const at = match[2] === undefined ? 4 : 1;
  const word = match[at + 2];
  const currency = CURRENCIES.get(match[at] ?? word ?? '');
  const unit = currency || !word || word === 'but' ? undefined : word.endsWith('s') ? word : `${word}s`;
  return [Number(match[at + 1]?.replace(/,/g, '')), currency, unit];
}

function amount(figure: Stated | undefined, other: Stated | undefined): Amount | undefined {
  if (!figure || !Number.isFinite(figure[0])) return undefined;
  const currency = figure[1] ?? other?.[1];
  // Every currency a sign or word names here has two decimal places.
  return currency
    ? { minor: Math.round(figure[0] * 100), currency }
    : { value: figure[0], unit: figure[2] ?? other?.[2] ?? 'credits' };
}

/** The balance and the amount needed, where the message states them (money when it names a currency). */
export function statedAmounts(text: string): ProblemAmounts | undefined {
  const balance = stated(BALANCE.exec(text));
  const needed = stated(NEEDED.exec(text));
  const result: { balance?: Amount; needed?: Amount } = {};
  const balanceAmount = amount(balance, needed);
  const neededAmount = amount(needed, balance);
  if (balanceAmount) result.balance = balanceAmount;
  if (neededAmount) result.needed = neededAmount;
  return balanceAmount || neededAmount ? result : undefined;
}
