import type { LedgerState } from './ledger.types';
import { errorMessage, LedgerFile } from './ledger-file';
import { openLedger } from './ledger-state';
import type { Money } from './money';

export interface LedgerOptions {
  readonly path: string;
  readonly currency: string;
  readonly openingMinor: number;
  /** Start from a fresh ledger whatever the file holds. */
  readonly reset: boolean;
  readonly now: () => number;
  readonly log: (line: string) => void;
}

/** What happened to the file at startup, for the log line and for tests. */
export type LedgerStartup =
  | { readonly source: 'file' }
  | { readonly source: 'new' }
  | { readonly source: 'reset' }
  | { readonly source: 'recovered'; readonly reason: string; readonly movedTo: string };

/**
 * The balance and its history, kept on disk. Every change runs as a transaction, one at a time: the
 * change is computed from the current state, written to disk, and only then becomes the current state,
 * so a failed write changes nothing and two requests can never both spend the same cent.
 */
export class Ledger {
  readonly #file: LedgerFile;
  readonly #options: LedgerOptions;
  #state: LedgerState;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  private constructor(file: LedgerFile, options: LedgerOptions, state: LedgerState) {
    this.#file = file;
    this.#options = options;
    this.#state = state;
  }

  static async open(options: LedgerOptions): Promise<{ ledger: Ledger; startup: LedgerStartup }> {
    const file = new LedgerFile(options.path, options.log);
    const loaded = await file.load(options.now());
    const fresh = () => openLedger(options.currency, options.openingMinor, options.now());
    let state: LedgerState;
    let startup: LedgerStartup;
    if (options.reset) {
      state = fresh();
      startup = { source: 'reset' };
    } else if (loaded.status === 'loaded') {
      state = loaded.state;
      startup = { source: 'file' };
      if (state.currency !== options.currency) {
        options.log(
          `Ledger ${options.path} is kept in ${state.currency}; the ${options.currency} setting is ignored for it (start with --reset to change currency).`,
        );
      }
    } else {
      state = fresh();
      startup =
        loaded.status === 'corrupt'
          ? { source: 'recovered', reason: loaded.reason, movedTo: loaded.movedTo }
          : { source: 'new' };
    }
    if (startup.source !== 'file') await file.save(state);
    return { ledger: new Ledger(file, options, state), startup };
  }

  get state(): LedgerState {
    return this.#state;
  }

  get currency(): string {
    return this.#state.currency;
  }

  balance(): Money {
    return { minor: this.#state.balanceMinor, currency: this.#state.currency };
  }

  /**
   * Runs `change` alone against the current state. It returns the next state (or none, to change
   * nothing) and a value for the caller; the next state is on disk before anyone else sees it.
   */
  transact<T>(
    change: (state: LedgerState) => { readonly next?: LedgerState; readonly value: T },
  ): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.#closed) throw new Error('The ledger is closed.');
      const { next, value } = change(this.#state);
      if (next !== undefined && next !== this.#state) {
        try {
          await this.#file.save(next);
        } catch (error) {
          this.#options.log(`Could not write the ledger to ${this.#file.path}: ${errorMessage(error)}`);
          throw error;
        }
        this.#state = next;
      }
      return value;
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** A fresh ledger with the configured (or given) opening balance; every stored outcome is forgotten. */
  resetTo(openingMinor: number = this.#options.openingMinor): Promise<void> {
    return this.transact(() => ({
      next: openLedger(this.#options.currency, openingMinor, this.#options.now()),
      value: undefined,
    }));
  }

  /** Waits for the writes already queued, then refuses new ones. */
  async close(): Promise<void> {
    const closing = this.#queue.then(() => {
      this.#closed = true;
    });
    this.#queue = closing;
    await closing;
  }
}
