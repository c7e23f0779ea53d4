import { type Money, minorDigits } from './money';

/** How one locale writes amounts of one currency, read from Intl so every locale Intl knows works. */
export interface MoneyConventions {
  readonly currency: string;
  /** Decimal places of the currency's minor unit. */
  readonly digits: number;
  readonly decimal: string;
  readonly group: string;
  /** Code point of the locale's zero, so its own digits (Arabic-Indic, Devanagari…) are read too. */
  readonly zero: number;
  /** The currency as this locale shows it next to an amount: `$`, `US$`, `€`. */
  readonly symbol: string;
  /** Whether the locale puts the currency before the number (`$12.50`) or after (`12,50 €`). */
  readonly symbolFirst: boolean;
  /** What may surround a number: the currency as symbol, narrow symbol and code; signs. Longest first. */
  readonly currencyTokens: readonly string[];
  readonly minusTokens: readonly string[];
  readonly format: Intl.NumberFormat | undefined;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat | undefined {
  // A locale Intl refuses falls back to English; a currency it refuses leaves no currency format.
  for (const tag of [locale, 'en']) {
    try {
      return new Intl.NumberFormat(tag, options);
    } catch {
      // try the next tag
    }
  }
  return undefined;
}

const partOf = (parts: Intl.NumberFormatPart[], type: Intl.NumberFormatPartTypes) =>
  parts.find((part) => part.type === type)?.value;

const cache = new Map<string, MoneyConventions>();

function read(locale: string, currency: string): MoneyConventions {
  const code = currency.toUpperCase();
  const format = numberFormat(locale, { style: 'currency', currency: code });
  // One fraction digit even for yen, so the locale's decimal mark shows; a million, so its group mark does.
  const probe =
    numberFormat(locale, {
      style: 'currency',
      currency: code,
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }) ?? numberFormat(locale, { minimumFractionDigits: 1 });
  const parts = probe?.formatToParts(-1234567.5) ?? [];
  // The narrow symbol in the locale and in English: a user of any language may type `$` for dollars.
  const narrow = (tag: string) =>
    partOf(
      numberFormat(tag, {
        style: 'currency',
        currency: code,
        currencyDisplay: 'narrowSymbol',
      })?.formatToParts(1) ?? [],
      'currency',
    );
  const symbol = partOf(parts, 'currency') ?? code;
  const currencyAt = parts.findIndex((part) => part.type === 'currency');
  const tokens = (values: (string | undefined)[]) =>
    [
      ...new Set(values.filter((value): value is string => !!value).map((value) => value.normalize('NFKC'))),
    ].sort((a, b) => b.length - a.length);
  return {
    currency: code,
    digits: minorDigits(code),
    decimal: partOf(parts, 'decimal') ?? '.',
    group: partOf(parts, 'group') ?? ',',
    zero: partOf(probe?.formatToParts(0) ?? [], 'integer')?.codePointAt(0) ?? 48,
    symbol,
    symbolFirst: currencyAt >= 0 && currencyAt < parts.findIndex((part) => part.type === 'integer'),
    currencyTokens: tokens([
      symbol,
      narrow(locale),
      narrow('en'),
      /^[A-Z]{3}$/.test(code) ? code : undefined,
    ]),
    minusTokens: tokens(['-', '\u2212', partOf(parts, 'minusSign')]),
    format,
  };
}

/** The conventions for a locale and currency, computed once each (a bounded cache). */
export function moneyConventions(locale: string, currency: string): MoneyConventions {
  const key = `${locale}|${currency}`;
  let conventions = cache.get(key);
  if (!conventions) {
    if (cache.size > 63) cache.clear();
    conventions = read(
      typeof locale === 'string' ? locale : 'en',
      typeof currency === 'string' ? currency : '',
    );
    cache.set(key, conventions);
  }
  return conventions;
}

/** The amount as an exact decimal string (`-1234.50`), so large amounts never pass through a float. */
function decimalText(minor: number, digits: number): `${number}` {
  if (!Number.isSafeInteger(minor)) return `${minor / 10 ** digits}`;
  const whole = String(Math.abs(minor)).padStart(digits + 1, '0');
  const sign = minor < 0 ? '-' : '';
  const cut = whole.length - digits;
  return `${sign}${whole.slice(0, cut)}${digits ? `.${whole.slice(cut)}` : ''}` as `${number}`;
}

const NUMBER_PARTS = new Set<string>(['minusSign', 'integer', 'group', 'decimal', 'fraction']);

/**
 * The number of an amount as a user of `locale` writes it, without the currency (the input shows that
 * beside the field): `1,234.50` in English, `1.234,50` in German, `١٬٢٣٤٫٥٠` in Egyptian Arabic.
 */
export function formatMoneyInput(amount: Money, locale: string): string {
  const conventions = moneyConventions(locale, amount.currency);
  const text = decimalText(amount.minor, conventions.digits);
  const parts = conventions.format?.formatToParts(text);
  return parts
    ? parts
        .filter((part) => NUMBER_PARTS.has(part.type))
        .map((part) => part.value)
        .join('')
    : text;
}
