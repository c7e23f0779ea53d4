import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './cli';
import { RULES } from './findings';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tactful-copy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(path: string, content: unknown): Promise<void> {
  await mkdir(join(dir, path, '..'), { recursive: true });
  await writeFile(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

async function run(argv: string[], colour = false) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    colour,
    cwd: dir,
  });
  return { code, stdout, stderr };
}

const override = (title: string) => ({ kinds: { insufficient_funds: { title } } });

describe('tactful-copy', () => {
  it('prints help and the rule list', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tactful-copy/);
    const rules = await run(['--rules']);
    for (const id of Object.keys(RULES)) expect(rules.stdout).toContain(id);
  });

  it('stops with exit code 2 and a usage line on an unknown option or no path', async () => {
    const unknown = await run(['--frobnicate', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--frobnicate'/);
    expect((await run([])).stderr).toMatch(/name the locale files or folders/);
    expect((await run(['--format', 'xml', 'x'])).stderr).toMatch(/"human" or "json"/);
    expect((await run(['--lang', '!!', 'x'])).stderr).toMatch(/not a language tag/);
  });

  it('says clearly when a file or folder is missing, or holds no locale files', async () => {
    const missing = await run(['nowhere/']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe('tactful-copy: nowhere/: no such file or folder.\n');
    await mkdir(join(dir, 'empty'));
    const empty = await run(['empty']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no tactful.json files in this folder.*empty\/<language>\/tactful.json/);
  });

  it('says when it cannot tell a file’s language, and takes --lang', async () => {
    await write('copy/overrides.json', override('Out of credits'));
    expect((await run(['--overrides', 'copy/overrides.json'])).stderr).toMatch(
      /cannot tell its language.*--lang/,
    );
    expect((await run(['--overrides', '--lang', 'en', 'copy/overrides.json'])).code).toBe(0);
  });

  it('finds <language>/tactful.json files in a folder and takes the language from the path', async () => {
    await write('my-copy/en/tactful.json', override('Out of credits'));
    await write('my-copy/es/tactful.json', override('Sin créditos'));
    await write('my-copy/es/app.json', { not: 'ours' });
    await write('my-copy/pt-BR.tactful.json', override('Sem créditos'));
    const result = await run(['--overrides', '--format', 'json', 'my-copy']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { file: string; language: string }) => [f.file, f.language])).toEqual([
      [join('my-copy', 'en', 'tactful.json'), 'en'],
      [join('my-copy', 'es', 'tactful.json'), 'es'],
      [join('my-copy', 'pt-BR.tactful.json'), 'pt-BR'],
    ]);
  });

  it('exits 1 on errors, 0 with only warnings', async () => {
    await write('copy/en.json', override('Oops!'));
    const errors = await run(['--overrides', 'copy/en.json']);
    expect(errors.code).toBe(1);
    await write('copy/en.json', override('Please add funds'));
    const warnings = await run(['--overrides', 'copy/en.json']);
    expect(warnings.code).toBe(0);
    expect(warnings.stdout).toContain('soft-word');
  });

  it('groups findings by file for people, with line:column, the key and the rule', async () => {
    await write('copy/en.json', override('Oops!'));
    await write('copy/es.json', override('Saldo agotado'));
    const { stdout } = await run(['--overrides', 'copy/en.json', 'copy/es.json']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`${join('copy', 'en.json')} (en)`);
    expect(lines[1]).toMatch(/^ {2}4:7 {2}error {4}kinds\.insufficient_funds\.title {2}.*banned-word$/);
    expect(stdout).not.toContain('es.json');
    expect(stdout.trim().split('\n').at(-1)).toBe('2 errors and 0 warnings in 1 of 2 files.');
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours only when asked (a terminal)', async () => {
    await write('copy/en.json', override('Oops!'));
    expect((await run(['--overrides', 'copy/en.json'], true)).stdout).toContain('\u001b[31m');
  });

  it('reports a file that is not JSON at its line and column, and checks the other files', async () => {
    await write('copy/en.json', '{\n  "kinds": {\n    "x": "a"\n  \n');
    await write('copy/es.json', override('Saldo agotado'));
    const { code, stdout } = await run(['--overrides', '--format', 'json', 'copy/en.json', 'copy/es.json']);
    expect(code).toBe(1);
    const [broken, fine] = JSON.parse(stdout).files;
    expect(broken.findings).toMatchObject([{ rule: 'json-syntax', line: 5, column: 1 }]);
    expect(fine.errors).toBe(0);
  });

  it('--quiet shows errors only', async () => {
    await write('copy/en.json', {
      kinds: { insufficient_funds: { title: 'Oops', next: 'Please add funds.' } },
    });
    const { stdout } = await run(['--overrides', '--quiet', 'copy/en.json']);
    expect(stdout).toContain('banned-word');
    expect(stdout).not.toContain('soft-word');
  });

  it('compares with another English reference when given one', async () => {
    await write('ref.json', { hello: 'Hello {{name}}' });
    await write('copy/es/tactful.json', { hello: 'Hola' });
    const { code, stdout } = await run(['--complete', '--reference', 'ref.json', '--format', 'json', 'copy']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].findings).toMatchObject([
      { rule: 'placeholder-missing', key: 'hello' },
    ]);
    await write('bad-ref.json', '{"hello": }');
    expect((await run(['--reference', 'bad-ref.json', 'copy'])).stderr).toMatch(
      /bad-ref.json:1:11: Expected a value/,
    );
    expect((await run(['--reference', 'none.json', 'copy'])).stderr).toMatch(/none.json: no such file/);
  });

  it('reads files as overrides by default, and as whole languages with --complete', async () => {
    await write('copy/es/tactful.json', override('Saldo agotado'));
    expect(await run(['copy'])).toMatchObject({ code: 0, stdout: '1 file checked: no problems.\n' });
    const { code, stdout } = await run(['--complete', '--format', 'json', 'copy']);
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout).files;
    const missing = file.findings.filter((f: { rule: string }) => f.rule === 'missing-key');
    expect(missing.length).toBeGreaterThan(100);
    expect((await run(['--complete', '--overrides', 'copy'])).code).toBe(2);
  });
});
