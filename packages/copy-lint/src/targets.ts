import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

export interface LocaleTarget {
  readonly path: string;
  readonly lng: string;
}

export type TargetResult =
  | { readonly ok: true; readonly targets: readonly LocaleTarget[] }
  | { readonly ok: false; readonly message: string };

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'build', 'coverage']);
const LOCALE_FILE = 'tactful.json';

/** A language tag that Intl knows (so `locales` or `copy` is not mistaken for one). */
export function languageTag(candidate: string): string | undefined {
  try {
    const [tag] = Intl.getCanonicalLocales(candidate.replace(/_/g, '-'));
    if (!tag || Intl.PluralRules.supportedLocalesOf([tag]).length === 0) return undefined;
    return tag;
  } catch {
    return undefined;
  }
}

/** `…/es/tactful.json` → es; `…/es.json` or `…/es.tactful.json` → es. */
export function languageOfPath(path: string): string | undefined {
  const name = basename(path).replace(/(?:\.tactful)?\.json$/i, '');
  return (name !== 'tactful' ? languageTag(name) : undefined) ?? languageTag(basename(dirname(path)));
}

async function findLocaleFiles(folder: string, depth: number): Promise<string[]> {
  if (depth > 6) return [];
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
      found.push(...(await findLocaleFiles(path, depth + 1)));
    else if (entry.isFile() && (entry.name === LOCALE_FILE || entry.name.endsWith(`.${LOCALE_FILE}`)))
      found.push(path);
  }
  return found;
}

/**
 * The files to lint: files as given, and under a folder every `<language>/tactful.json` (the layout i18next
 * uses) and `<language>.tactful.json`. Each file's language comes from `lng`, else from its path.
 */
export async function resolveTargets(
  paths: readonly string[],
  cwd: string,
  lng?: string,
): Promise<TargetResult> {
  const targets: LocaleTarget[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      return { ok: false, message: `${given}: no such file or folder.` };
    }
    const files = info.isDirectory() ? await findLocaleFiles(path, 0) : [path];
    if (files.length === 0) {
      return {
        ok: false,
        message: `${given}: no ${LOCALE_FILE} files in this folder. Put each language's copy at ${given.replace(/\/$/, '')}/<language>/${LOCALE_FILE} or <language>.${LOCALE_FILE}, or pass the files themselves.`,
      };
    }
    for (const file of files) {
      const language = lng ?? languageOfPath(file);
      if (!language) {
        return {
          ok: false,
          message: `${relative(cwd, file) || file}: cannot tell its language. Put it in a folder named after the language (es/${LOCALE_FILE}), name it after the language (es.json), or pass --lang.`,
        };
      }
      targets.push({ path: file, lng: language });
    }
  }
  return { ok: true, targets };
}

export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}
