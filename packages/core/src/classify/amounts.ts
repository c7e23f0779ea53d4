import type { Amount } from '../money/money';
import type { ProblemAmounts } from '../problem/problem';

/**
 * Figures are an optional currency sign, the number and an optional unit word (groups 1–3, or 4–6).
 * "balance is 30", "can only afford 4000", "You have 11 characters remaining", "19484 available".
 */
const BALANCE =
  /(?:balance (?:is|of)|only afford|you have|available:?) (\$|€|£)?(\d[\d,]*(?:\.\d+)?) ?([a-z]+)?|(\$|€|£)?(\d[\d,]*(?:\.\d+)?) ?([a-z]+)?(?: capacity)? (?:remaining|available|left)\b/;
/** "costs 50", "requested up to 4096 tokens", "70 characters are required", "128000 token capacity required". */
const NEEDED =
  /(?:costs?|requires?|required:?|requested up to|needs?) (\$|€|£)?(\d[\d,]*(?:\.\d+)?) ?([a-z]+)?|(\$|€|£)?(\d[\d,]*(?:\.\d+)?) ?([a-z]+)?(?: capacity)? (?:are |is )?required/;
const CURRENCIES: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  usd: 'USD',
  eur: 'EUR',
};

interface Stated {
  readonly value: number;
  readonly currency: string | undefined;
  readonly unit: string | undefined;
}

function stated(match: RegExpExecArray | null): Stated | undefined {
  if (!match) return undefined;
  const at = match[2] === undefined ? 4 : 1;
  // Destructured by position: the first alternative fills groups 1–3, the second 4–6.
  const [symbol, digits, word] = [match[at], match[at + 1], match[at + 2]];
  const currency = CURRENCIES[symbol ?? ''] ?? (word ? CURRENCIES[word] : undefined);
  const unit = currency || !word || word === 'but' ? undefined : word.endsWith('s') ? word : `${word}s`;
  return { value: Number(digits?.replace(/,/g, '')), currency, unit };
}

function amount(figure: Stated | undefined, other: Stated | undefined): Amount | undefined {
  if (!figure || !Number.isFinite(figure.value)) return undefined;
  const currency = figure.currency ?? other?.currency;
  // Every currency a sign or word names here has two decimal places.
  if (currency) return { minor: Math.round(figure.value * 100), currency };
  return { value: figure.value, unit: figure.unit ?? other?.unit ?? 'credits' };
}

/** The balance and the amount needed, where the message states them (money when it names a currency). */
export function statedAmounts(text: string): ProblemAmounts | undefined {
  const balance = stated(BALANCE.exec(text));
  const needed = stated(NEEDED.exec(text));
  if (!balance && !needed) return undefined;
  const result: { balance?: Amount; needed?: Amount } = {};
  const balanceAmount = amount(balance, needed);
  const neededAmount = amount(needed, balance);
  if (balanceAmount) result.balance = balanceAmount;
  if (neededAmount) result.needed = neededAmount;
  return result.balance || result.needed ? result : undefined;
}
