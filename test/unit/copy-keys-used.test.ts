import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AUTO_RECHARGE_SUMMARY_KEYS,
  AUTO_RECHARGE_VALIDATION_KEYS,
  BALANCE_COPY_KEYS,
  BALANCE_PLURAL_COPY_KEYS,
} from '@tactful/core';
import { describe, expect, it } from 'vitest';
import english from '../../locales/en/tactful.json';

// Every copy key written out in the kit's source must exist in English, or a user would see a raw key
// (or, with the key-by-key fallback, nothing). Keys built at run time are covered by the core's key lists.
const root = fileURLToPath(new URL('../..', import.meta.url));
const GROUPS =
  'kinds|states|actions|a11y|tones|recharge|balance|autoRecharge|payment|status|resume|fallback|amounts|countdown|terms';
const KEY_LITERAL = new RegExp(`['"\`]((?:${GROUPS})\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)['"\`]`, 'g');

function flatten(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
}

const englishKeys = new Set(flatten(english));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const exists = (key: string) =>
  englishKeys.has(key) || [...englishKeys].some((known) => known.replace(PLURAL_SUFFIX, '') === key);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('copy keys used by the kit', () => {
  const files = ['packages/core/src', 'packages/react/src'].flatMap((dir) => sourceFiles(join(root, dir)));
  const used = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(KEY_LITERAL)].map((match) => ({
      key: match[1] ?? '',
      file: relative(root, file),
    })),
  );

  it('finds the keys written in the source', () => {
    expect(used.length).toBeGreaterThan(50);
  });

  it('has every key written in core and React source in English', () => {
    expect(used.filter(({ key }) => !exists(key)).map(({ key, file }) => `${key} (${file})`)).toEqual([]);
  });

  it('has every key of the balance and auto-recharge lists in English', () => {
    const listed = [
      ...BALANCE_COPY_KEYS,
      ...BALANCE_PLURAL_COPY_KEYS,
      ...AUTO_RECHARGE_VALIDATION_KEYS,
      ...AUTO_RECHARGE_SUMMARY_KEYS,
    ];
    expect(listed.filter((key) => !exists(key))).toEqual([]);
  });
});
