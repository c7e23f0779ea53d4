import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import english from '../../../locales/en/tactful.json';
import { main } from './cli';
import { lintLocale, referenceFromObject } from './lint';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const localesDir = new URL('../../../locales/', import.meta.url);
const languages = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const reference = referenceFromObject(english);

describe('the shipped locales', () => {
  it.each(languages)('%s has no errors', (lng) => {
    const text = readFileSync(new URL(`${lng}/tactful.json`, localesDir), 'utf8');
    const report = lintLocale(
      { file: `locales/${lng}/tactful.json`, text, lng },
      { reference, mode: 'complete' },
    );
    const errors = report.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.key}: ${f.message} (${f.rule})`);
    expect(errors).toEqual([]);
  });

  it('English, the source every translator works from, has no warnings either', () => {
    const text = readFileSync(new URL('en/tactful.json', localesDir), 'utf8');
    expect(lintLocale({ file: 'en', text, lng: 'en' }, { reference, mode: 'complete' }).findings).toEqual([]);
  });

  it('tactful-copy --complete locales exits 0', async () => {
    let stdout = '';
    const code = await main(['--complete', '--format', 'json', 'locales'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => undefined },
      cwd: root,
    });
    const report = JSON.parse(stdout);
    expect(report.errors).toBe(0);
    expect(report.files).toHaveLength(languages.length);
    expect(code).toBe(0);
  });
});
