import type { CopyRef, CopyValue, TranslateFunction, TranslateOptions } from './copy-ref.types';
import { TACTFUL_NS } from './namespace';

// A value that contains `$t(` would make i18next skip the nesting of the whole sentence (its guard against
// injected nesting), so `Add $t(terms.money)` would show as written. A word joiner after the `$` keeps the
// value's text as it reads and makes it inert.
const NESTING_IN_VALUE = /\$(?=t\()/g;

function isCopyRef(value: unknown): value is CopyRef {
  return (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    typeof (value as { key?: unknown }).key === 'string'
  );
}

// Values are text for a text node, never HTML: the caller renders them with React, textContent or the like.
const PLAIN_TEXT = { escapeValue: false, skipOnVariables: true } as const;

function renderValue(t: TranslateFunction, value: CopyValue, depth: number): string | number | Date {
  if (isCopyRef(value)) return depth < 4 ? render(t, value, depth + 1) : '';
  if (typeof value === 'string') return value.replace(NESTING_IN_VALUE, '$\u2060');
  return value;
}

function render(t: TranslateFunction, ref: CopyRef, depth: number): string {
  const options: TranslateOptions = {};
  for (const [name, value] of Object.entries(ref.values ?? {})) {
    if (value !== undefined) options[name] = renderValue(t, value, depth);
  }
  const explicitNs = ref.ns ?? (ref.key.includes(':') ? undefined : TACTFUL_NS);
  if (explicitNs !== undefined) options.ns = explicitNs;
  if (options.product === undefined) options.product = lookup(t, 'terms.product', { ns: TACTFUL_NS });
  if (ref.formatParams) options.formatParams = ref.formatParams;
  return lookup(t, ref.key, options);
}

function lookup(t: TranslateFunction, key: string, options: TranslateOptions): string {
  try {
    const text = t(key, {
      ...options,
      // A key missing everywhere gives '' (the sentence is left out), never the key itself.
      defaultValue: '',
      interpolation: PLAIN_TEXT,
      // A value the copy asks for but the caller did not give leaves a gap rather than raw `{{braces}}`.
      missingInterpolationHandler: () => '',
    });
    return typeof text === 'string' ? text : '';
  } catch {
    // A throwing formatter or a broken custom `t` must not take the page down.
    return '';
  }
}

/**
 * Renders a CopyRef to plain text: nested CopyRefs among the values first, then the key in the
 * `tactful` namespace with i18next's interpolation, plurals (`count`) and Intl formatters (`formatParams`).
 * `{{product}}` is filled from `terms.product` unless the ref gives it. The result is text for a text node:
 * values are not HTML-escaped (React does that), and `{{…}}` or `$t(…)` inside values stay inert.
 */
export function translate(t: TranslateFunction, ref: CopyRef): string {
  return render(t, ref, 0);
}
