import type { CopyValue } from '@tactful/core';
import { createTactfulI18n, translate } from '@tactful/i18n';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useEffect, useState } from 'react';

/** The shipped English copy, loaded once for every docs page. */
let english: Promise<I18n> | undefined;
const loadEnglish = () => {
  english ??= createTactfulI18n({ lng: 'en' });
  return english;
};

interface SayProps {
  /** A key of the `tactful` namespace. */
  readonly k: string;
  readonly values?: Readonly<Record<string, CopyValue>>;
  /** Currency of money values, by name: `{ balance: 'USD' }`. */
  readonly currency?: Readonly<Record<string, string>>;
}

/**
 * A sentence of the shipped English copy, rendered from `locales/en/tactful.json` as the kit renders it,
 * with its key: the docs quote the copy as it is today, never a stale copy of it.
 */
export function Say({ k, values, currency }: SayProps) {
  const [i18n, setI18n] = useState<I18n>();
  useEffect(() => {
    let current = true;
    loadEnglish().then((loaded) => current && setI18n(loaded));
    return () => {
      current = false;
    };
  }, []);
  const formatParams = currency
    ? Object.fromEntries(Object.entries(currency).map(([name, code]) => [name, { currency: code }]))
    : undefined;
  const text = i18n
    ? translate(i18n.t.bind(i18n), {
        key: k,
        ...(values && { values }),
        ...(formatParams && { formatParams }),
      })
    : '…';
  return (
    <span>
      “{text}” <code>{k}</code>
    </span>
  );
}

interface ExampleProps {
  /** What not to write. */
  readonly dont: string;
  /** Why. */
  readonly why: ReactNode;
  /** What the kit writes instead: usually `<Say … />`. */
  readonly children: ReactNode;
}

/** A don't and a do, side by side, with the reason. */
export function Example({ dont, why, children }: ExampleProps) {
  return (
    <table style={{ width: '100%', tableLayout: 'fixed' }}>
      <tbody>
        <tr>
          <th scope="row" style={{ width: '5.5rem', textAlign: 'start' }}>
            ✗ Don’t
          </th>
          <td>
            <s>{dont}</s>
          </td>
        </tr>
        <tr>
          <th scope="row" style={{ textAlign: 'start' }}>
            ✓ Do
          </th>
          <td>{children}</td>
        </tr>
        <tr>
          <th scope="row" style={{ textAlign: 'start' }}>
            Why
          </th>
          <td>{why}</td>
        </tr>
      </tbody>
    </table>
  );
}
