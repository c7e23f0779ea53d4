import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AssistantServerOptions } from './server.types';

export const DEFAULT_PORT = 4317;
export const DEFAULT_DATA_FILE = join(tmpdir(), 'tactful-assistant', 'ledger.json');

export const USAGE = `Usage: tsx server/main.ts [options]

  --port <n>                 port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <address>           loopback address to listen on (default 127.0.0.1; others are refused)
  --data <file>              ledger file (default ${DEFAULT_DATA_FILE})
  --static <dir>             serve this built app for every non-/api path
  --reset                    start from a fresh ledger
  --currency <code>          currency of a new ledger (default USD)
  --opening-balance <minor>  opening balance of a new ledger in minor units (default 100)
  --task-price <minor>       price of one task in minor units (default 25)
  --recharge-min <minor>     smallest recharge in minor units (default 500)
  --recharge-max <minor>     largest recharge in minor units (default 50000)
  --task-latency <ms>        pretend work per task (default 0)
  --recharge-delay <ms>      pretend checkout time (default 400)
  --help                     show this text`;

export type CliCommand =
  | { readonly kind: 'run'; readonly options: AssistantServerOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'invalid'; readonly message: string };

function wholeNumber(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw new Error(`${flag} takes a whole number of zero or more, not "${raw}".`);
  }
  return Number(raw);
}

/** argv (without node and the script) to what to do; never throws, never exits. */
export function parseCli(argv: readonly string[]): CliCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      // `pnpm run server -- --port 0` hands the separator on; it separates nothing here.
      args: argv[0] === '--' ? argv.slice(1) : [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        static: { type: 'string' },
        reset: { type: 'boolean' },
        currency: { type: 'string' },
        'opening-balance': { type: 'string' },
        'task-price': { type: 'string' },
        'recharge-min': { type: 'string' },
        'recharge-max': { type: 'string' },
        'task-latency': { type: 'string' },
        'recharge-delay': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) return { kind: 'help' };
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  try {
    const port = wholeNumber(text('port'), '--port') ?? DEFAULT_PORT;
    if (port > 65_535) throw new Error(`--port must be at most 65535, not ${port}.`);
    const options: AssistantServerOptions = {
      dataFile: text('data') ?? DEFAULT_DATA_FILE,
      port,
      reset: values.reset === true,
      ...optional('host', text('host')),
      ...optional('staticDir', text('static')),
      ...optional('currency', text('currency')?.toUpperCase()),
      ...optional('openingBalanceMinor', wholeNumber(text('opening-balance'), '--opening-balance')),
      ...optional('taskPriceMinor', wholeNumber(text('task-price'), '--task-price')),
      ...optional('rechargeMinMinor', wholeNumber(text('recharge-min'), '--recharge-min')),
      ...optional('rechargeMaxMinor', wholeNumber(text('recharge-max'), '--recharge-max')),
      ...optional('taskLatencyMs', wholeNumber(text('task-latency'), '--task-latency')),
      ...optional('rechargeDelayMs', wholeNumber(text('recharge-delay'), '--recharge-delay')),
    };
    return { kind: 'run', options };
  } catch (error) {
    return { kind: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
}

/** exactOptionalPropertyTypes: a flag that was not given leaves its option out rather than undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
