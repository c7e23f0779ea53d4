/**
 * A piece of copy as the core view model describes it: a key in the `tactful` namespace (or the app's own,
 * through `ns` or an `ns:key` prefix) and the values it needs. A value may itself be a CopyRef — an
 * intent label that is a key in the app's own namespace — and is then rendered first.
 */
export interface CopyRef {
  readonly key: string;
  /** The namespace to look the key up in; `tactful` when absent and the key has no `ns:` prefix. */
  readonly ns?: string;
  readonly values?: Readonly<Record<string, CopyValue | undefined>>;
  /**
   * Options for i18next's Intl formatters, per value: `{ balance: { currency: 'USD' } }` for
   * `{{balance, currency}}`, `{ asOf: { timeZone: 'UTC' } }` for `{{asOf, datetime}}`.
   */
  readonly formatParams?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** Money arrives as a major-unit number (12.5 dollars), dates as `Date` or epoch milliseconds. */
export type CopyValue = string | number | Date | CopyRef;

/**
 * The part of i18next's `t` that `translate` uses. i18next's `TFunction`, react-i18next's `t` and
 * `i18n.getFixedT(...)` all fit.
 */
export type TranslateFunction = (key: string, options: TranslateOptions) => string;

/** The options `translate` passes to `t`: the values, plus i18next's own option names. */
export type TranslateOptions = Record<string, unknown>;
