import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { LedgerState } from './ledger.types';
import { parseLedgerState } from './ledger-state';

export type LoadResult =
  | { readonly status: 'loaded'; readonly state: LedgerState }
  | { readonly status: 'missing' }
  /** The file could not be trusted; it now lives at `movedTo` and nothing was overwritten. */
  | { readonly status: 'corrupt'; readonly reason: string; readonly movedTo: string };

const TEMP_SUFFIX = '.tmp';

/**
 * The ledger on disk: one JSON file replaced atomically. A write goes to a temporary file in the same
 * folder (so the rename stays on one file system), is flushed to disk, then renamed over the old file:
 * a crash at any point leaves either the old ledger or the new one, never half of one.
 */
export class LedgerFile {
  readonly path: string;
  readonly #log: (line: string) => void;

  constructor(path: string, log: (line: string) => void) {
    this.path = path;
    this.#log = log;
  }

  async load(now: number): Promise<LoadResult> {
    await mkdir(dirname(this.path), { recursive: true });
    await this.#removeLeftoverTempFiles();
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return { status: 'missing' };
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return this.#setAside(`it is not valid JSON (${errorMessage(error)})`, now);
    }
    const checked = parseLedgerState(parsed);
    return checked.ok ? { status: 'loaded', state: checked.state } : this.#setAside(checked.reason, now);
  }

  async save(state: LedgerState): Promise<void> {
    const temp = join(
      dirname(this.path),
      `${basename(this.path)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
    );
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(state, null, 2)}\n`, 'utf8');
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(dirname(this.path));
  }

  async #setAside(reason: string, now: number): Promise<LoadResult> {
    const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
    let movedTo = `${this.path}.corrupt-${stamp}`;
    for (let attempt = 2; await exists(movedTo); attempt += 1) {
      movedTo = `${this.path}.corrupt-${stamp}-${attempt}`;
    }
    await rename(this.path, movedTo);
    this.#log(
      `Ledger file ${this.path} could not be used: ${reason}. It was moved to ${movedTo}; starting with a fresh ledger.`,
    );
    return { status: 'corrupt', reason, movedTo };
  }

  /** Temp files from a write that never reached its rename: the ledger beside them is the last good one. */
  async #removeLeftoverTempFiles(): Promise<void> {
    const prefix = `${basename(this.path)}.`;
    const names = await readdir(dirname(this.path));
    for (const name of names) {
      if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)) {
        await unlink(join(dirname(this.path), name)).catch(() => undefined);
        this.#log(`Removed ${name}, left over from an interrupted ledger write.`);
      }
    }
  }
}

/** Makes the rename itself durable; some file systems refuse to open a folder, which only weakens that. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the rename has happened; only its durability across a power cut is less certain.
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    return !isMissingFile(error);
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
