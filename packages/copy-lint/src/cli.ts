import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import bundledEnglish from '../../../locales/en/tactful.json';
import type { LintMode, ReferenceCopy } from './context';
import { RULES } from './findings';
import { type FileReport, lintLocale, referenceFromObject, referenceFromText } from './lint';
import { formatHuman, formatJson, totals } from './report';
import { languageTag, readText, resolveTargets } from './targets';

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Colour the human output (default: stdout is a terminal and NO_COLOR is not set). */
  readonly colour?: boolean;
  readonly cwd?: string;
}

/** Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 could not run. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

const USAGE = `Usage: tactful-copy [options] <file or folder>...

Checks Tactful copy — the shipped locales, or an app's own override files — for
structure (JSON, keys, placeholders, plural forms, $t() nesting) and voice.
A folder is searched for <language>/tactful.json and <language>.tactful.json files.

Options:
  --overrides           (the default) the files hold only the keys an app
                        changes or adds: missing keys and the app's own keys are fine
  --complete            each file is a whole language: every English key must be
                        there and no other (the shipped locales, an app's new language)
  --reference <file>    the English copy to compare with
                        (default: the English copy bundled with this version)
  --lang <tag>          the language of the files, when their path does not say
  --format <format>     human (default) or json
  --quiet               show errors only
  --rules               list the rules
  -h, --help            show this help

Exit code: 0 when there are no errors (warnings allowed), 1 when there are,
2 when the linter could not run (a missing file, an unknown option).
`;

function defaultIo(): CliIo {
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  return { stdout: process.stdout, stderr: process.stderr, colour, cwd: process.cwd() };
}

function listRules(): string {
  const width = Math.max(...Object.keys(RULES).map((id) => id.length));
  return `${Object.entries(RULES)
    .map(([id, info]) => `${id.padEnd(width)}  ${info.severity.padEnd(7)}  ${info.summary}`)
    .join('\n')}\n`;
}

async function loadReference(path: string | undefined, cwd: string): Promise<ReferenceCopy | string> {
  if (path === undefined) return referenceFromObject(bundledEnglish);
  let text: string;
  try {
    text = await readText(resolve(cwd, path));
  } catch {
    return `--reference ${path}: no such file.`;
  }
  const read = referenceFromText(text);
  if (read.ok) return read.reference;
  const [first] = read.findings;
  return `--reference ${path}:${first?.line ?? 1}:${first?.column ?? 1}: ${first?.message ?? 'cannot be read.'}`;
}

/** Runs the linter as the `tactful-copy` command does; returns the exit code instead of exiting. */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`tactful-copy: ${message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (values.rules) {
    io.stdout.write(listRules());
    return EXIT.ok;
  }
  const format = values.format ?? 'human';
  if (format !== 'human' && format !== 'json') {
    io.stderr.write(`tactful-copy: --format is "human" or "json", not "${format}".\n`);
    return EXIT.usage;
  }
  if (values.complete && values.overrides) {
    io.stderr.write('tactful-copy: --complete and --overrides exclude each other.\n');
    return EXIT.usage;
  }
  if (positionals.length === 0) {
    io.stderr.write(`tactful-copy: name the locale files or folders to check.\n\n${USAGE}`);
    return EXIT.usage;
  }
  let lng: string | undefined;
  if (values.lang !== undefined) {
    lng = languageTag(values.lang);
    if (!lng) {
      io.stderr.write(
        `tactful-copy: --lang "${values.lang}" is not a language tag (try es, pt-BR, zh-CN).\n`,
      );
      return EXIT.usage;
    }
  }

  try {
    const reference = await loadReference(values.reference, cwd);
    if (typeof reference === 'string') {
      io.stderr.write(`tactful-copy: ${reference}\n`);
      return EXIT.usage;
    }
    const found = await resolveTargets(positionals, cwd, lng);
    if (!found.ok) {
      io.stderr.write(`tactful-copy: ${found.message}\n`);
      return EXIT.usage;
    }
    const mode: LintMode = values.complete ? 'complete' : 'overrides';
    const reports: FileReport[] = [];
    for (const target of found.targets) {
      const text = await readText(target.path);
      const file = relative(cwd, target.path) || target.path;
      reports.push(lintLocale({ file, text, lng: target.lng }, { reference, mode }));
    }
    io.stdout.write(
      format === 'json' ? formatJson(reports) : formatHuman(reports, io.colour ?? false, values.quiet),
    );
    return totals(reports).errors > 0 ? EXIT.problems : EXIT.ok;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`tactful-copy: stopped: ${message}\n`);
    return EXIT.usage;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      overrides: { type: 'boolean' },
      complete: { type: 'boolean' },
      reference: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
      quiet: { type: 'boolean' },
      rules: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
