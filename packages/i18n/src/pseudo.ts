import type { TactfulResource } from './resource';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

// Filler that looks like words, so padded text wraps the way longer translations do.
const FILLER = 'ļöŕéɱ îþšûɱ ðöļöŕ šîţ áɱéţ çöñšéçţéţûŕ áðîþîšçîñĝ éļîţ šéð ðö éîûšɱöð ţéɱþöŕ';

// {{value, format}} and $t(key, {"options": 1}) pass through untouched: i18next must still read them.
const PROTECTED = /\{\{.*?\}\}|\$t\((?:[^()"']|"[^"]*"|'[^']*'|\((?:[^()"']|"[^"]*"|'[^']*')*\))*?\)/g;

/** How much longer pseudo text is than its source: translations often run a third longer than English. */
export const PSEUDO_EXPANSION = 0.35;

// A nested term ("funds") shows as a word the padding should account for.
const NESTED_WORD_LENGTH = 6;

/**
 * English made visibly foreign but still readable: every letter accented, about 35 % longer, and
 * bracketed, so clipped layouts, text that skipped the copy files and sentences glued together all show.
 * Placeholders and `$t()` nesting are kept as they are.
 */
export function pseudoLocalize(text: string): string {
  let literalLength = 0;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    const literal = text.slice(last, match.index);
    literalLength += literal.length + (match[0].startsWith('$t(') ? NESTED_WORD_LENGTH : 0);
    out += accent(literal) + match[0];
    last = match.index + match[0].length;
  }
  const tail = text.slice(last);
  literalLength += tail.length;
  out += accent(tail);
  const padding = Math.max(0, Math.ceil(literalLength * PSEUDO_EXPANSION) - 3);
  return padding > 0 ? `[${out} ${filler(padding)}]` : `[${out}]`;
}

function accent(text: string): string {
  let out = '';
  for (const char of text) out += ACCENTED[char] ?? char;
  return out;
}

function filler(length: number): string {
  let out = '';
  while (out.length < length) out += out ? ` ${FILLER}` : FILLER;
  return out.slice(0, length).trimEnd().padEnd(length, '·');
}

/**
 * The pseudo-locale of a whole resource. `terms.*` are words nested inside sentences, so they are
 * accented but not bracketed or padded: brackets mark where one key's text begins and ends.
 */
export function pseudoLocalizeResource(resource: TactfulResource): TactfulResource {
  const { terms, ...rest } = resource;
  const out = mapResource(rest, pseudoLocalize);
  if (terms === undefined) return out;
  return {
    ...out,
    terms: typeof terms === 'string' ? pseudoLocalize(terms) : mapResource(terms, accentText),
  };
}

function accentText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += accent(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + accent(text.slice(last));
}

// Kept here rather than beside the other resource helpers so the pseudo-locale stays in its own lazy chunk.
function mapResource(resource: TactfulResource, transform: (text: string) => string): TactfulResource {
  const out: { [key: string]: string | TactfulResource } = {};
  for (const [key, value] of Object.entries(resource)) {
    out[key] = typeof value === 'string' ? transform(value) : mapResource(value, transform);
  }
  return out;
}
