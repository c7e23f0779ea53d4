/** A `{{name, format(options)}}` in a copy string. */
export interface Placeholder {
  readonly name: string;
  /** The formatter chain without options, lower case: `currency`, `datetime`, `number, uppercase`; '' for none. */
  readonly format: string;
  readonly raw: string;
}

/** A `$t(key, {options})` in a copy string. */
export interface NestingRef {
  readonly key: string;
  /** The namespace before `:`, when the key names one. */
  readonly ns?: string;
  readonly raw: string;
}

export interface ParsedCopy {
  readonly placeholders: readonly Placeholder[];
  readonly nestings: readonly NestingRef[];
  /** The text with every placeholder and nesting replaced by one OBJECT REPLACEMENT CHARACTER. */
  readonly literal: string;
  /** Syntax that i18next would print as it is. */
  readonly problems: readonly string[];
}

/** Stands for a placeholder or a nesting in `literal`: counts as one word, never matches a word list. */
export const SLOT = '\uFFFC';

// The same patterns i18next uses, so the linter reads a string the way i18next will.
const NESTING = /\$t\(((?:[^()"']|"[^"]*"|'[^']*'|\((?:[^()"']|"[^"]*"|'[^']*')*\))*?)\)/g;
const PLACEHOLDER = /\{\{(.+?)\}\}/g;

export const KNOWN_FORMATTERS: ReadonlySet<string> = new Set([
  'number',
  'currency',
  'datetime',
  'relativetime',
  'list',
]);

function parsePlaceholder(inner: string, raw: string): Placeholder {
  const [first = '', ...formats] = inner.split(',');
  // i18next's `{{- name}}` prints the value without escaping; the name is what follows the dash.
  const name = first.trim().replace(/^-\s*/, '');
  const format = formats
    .join(',')
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)
    .join(', ');
  return { name, format, raw };
}

function parseNesting(inner: string, raw: string): NestingRef {
  const optionsAt = inner.search(/,\s*\{/);
  const target = (optionsAt === -1 ? (inner.split(',')[0] ?? '') : inner.slice(0, optionsAt)).trim();
  const colon = target.indexOf(':');
  return colon === -1
    ? { key: target, raw }
    : { ns: target.slice(0, colon), key: target.slice(colon + 1), raw };
}

/** Reads a copy string's placeholders, nestings and literal text, and what i18next could not read. */
export function parseCopy(text: string): ParsedCopy {
  const placeholders: Placeholder[] = [];
  const nestings: NestingRef[] = [];
  const problems: string[] = [];
  const withoutNesting = text.replace(NESTING, (raw, inner: string) => {
    nestings.push(parseNesting(inner, raw));
    // Placeholders inside nesting options (`{"count": {{count}}}`) are values this string needs too.
    for (const match of inner.matchAll(PLACEHOLDER))
      placeholders.push(parsePlaceholder(match[1] ?? '', match[0]));
    return SLOT;
  });
  const literal = withoutNesting.replace(PLACEHOLDER, (raw, inner: string) => {
    const placeholder = parsePlaceholder(inner, raw);
    placeholders.push(placeholder);
    if (!placeholder.name) problems.push(`"${raw}" has no value name.`);
    else if (!/^[\p{L}_$][\p{L}\p{N}_$.]*$/u.test(placeholder.name))
      problems.push(`"${raw}" is not a value name i18next can fill.`);
    return SLOT;
  });
  if (literal.includes('$t(')) problems.push('"$t(" is not closed with ")".');
  if (literal.includes('{{}}')) problems.push('"{{}}" has no value name.');
  else if (literal.includes('{{')) problems.push('"{{" is not closed with "}}".');
  else if (literal.includes('}}')) problems.push('"}}" has no "{{" before it.');
  if (/\{\s*[\p{L}_][\p{L}\p{N}_]*\s*,\s*(?:plural|select|selectordinal)\s*,/u.test(literal)) {
    problems.push(
      'ICU plural or select syntax is not read by i18next: use one key per plural form (_one, _other…).',
    );
  }
  for (const match of literal.matchAll(/(?<!\{)\{\s*([\p{L}_][\p{L}\p{N}_]*)(?:\s*,[^{}]*)?\}(?!\})/gu)) {
    problems.push(`"${match[0]}" has single braces: i18next reads values written as "{{${match[1]}}}".`);
  }
  return { placeholders, nestings, literal, problems };
}
