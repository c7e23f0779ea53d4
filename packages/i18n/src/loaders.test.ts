import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_LOADERS } from './loaders';
import { sanitizeResource } from './resource';

const localesDir = new URL('../../../locales/', import.meta.url);
const folders = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/tactful.json`, localesDir)))
  .map((entry) => entry.name);

describe('LOCALE_LOADERS', () => {
  it('has one loader for every language folder, and no loader without a folder', () => {
    expect(Object.keys(LOCALE_LOADERS).sort()).toEqual([...folders].sort());
  });

  it.each(Object.keys(LOCALE_LOADERS))('%s loads to copy', async (lng) => {
    const loaded = sanitizeResource(await LOCALE_LOADERS[lng]?.());
    expect(Object.keys(loaded)).toContain('kinds');
  });
});
