import type { LedgerStartup } from './ledger';

export interface AssistantServerOptions {
  /** The ledger's JSON file; its folder is created when missing. */
  readonly dataFile: string;
  /** 0 (the default) lets the system pick a free port; read it back from `url` or `port`. */
  readonly port?: number;
  /** A loopback address only (127.0.0.0/8, ::1, localhost); anything else is refused. Default 127.0.0.1. */
  readonly host?: string;
  /** A built app to serve for every non-/api path, with index.html for the app's own routes. */
  readonly staticDir?: string;
  /** Start from a fresh ledger, overwriting the file. */
  readonly reset?: boolean;
  /** ISO 4217 code of a new ledger. Default USD. */
  readonly currency?: string;
  /** Opening balance of a new ledger, in minor units. Default 100 ($1.00: four tasks). */
  readonly openingBalanceMinor?: number;
  /** Price of one task, in minor units. Default 25 ($0.25). */
  readonly taskPriceMinor?: number;
  /** Smallest and largest recharge, in minor units. Defaults 500 ($5) and 50 000 ($500). */
  readonly rechargeMinMinor?: number;
  readonly rechargeMaxMinor?: number;
  /** Pretend work per task. Default 0; changeable at run time through PUT /api/control. */
  readonly taskLatencyMs?: number;
  /** Pretend checkout time per recharge. Default 400; changeable through PUT /api/control. */
  readonly rechargeDelayMs?: number;
  /** Where the provider error fixtures are. Default the repository's test/fixtures/provider-errors. */
  readonly fixturesDir?: string;
  /** One line per notable event (a ledger set aside, a failed write). Default: standard error. */
  readonly log?: (line: string) => void;
  /** The clock, for tests. Default Date.now. */
  readonly now?: () => number;
}

export interface AssistantServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:4317 */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly dataFile: string;
  /** Whether the ledger came from the file, was new, was reset, or replaced a corrupt file (and where that went). */
  readonly ledgerStartup: LedgerStartup;
  /** Stops listening, drops open connections, abandons pending work uncharged, and waits for the ledger's last write. */
  close(): Promise<void>;
}
