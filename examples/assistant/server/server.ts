import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { ApiError } from './api-error';
import type { AppContext } from './context';
import { loadFixtures } from './fixtures';
import { API_HEADERS, send } from './http-io';
import { KeyedSerializer } from './idempotency';
import { Ledger } from './ledger';
import { errorMessage } from './ledger-file';
import { isAllowedOrigin, isLoopbackAddress, isLoopbackHostHeader, urlFor } from './loopback';
import { DEFAULT_CURRENCY, isCurrencyCode } from './money';
import { handleApi, isApiPath } from './router';
import { ScenarioControl } from './scenario';
import type { AssistantServer, AssistantServerOptions } from './server.types';
import { openStaticSite, type StaticSite, serveStatic } from './static-site';

export const DEFAULT_HOST = '127.0.0.1';

const DEFAULTS = {
  openingBalanceMinor: 100,
  taskPriceMinor: 25,
  rechargeMinMinor: 500,
  rechargeMaxMinor: 50_000,
  taskLatencyMs: 0,
  rechargeDelayMs: 400,
} as const;

/** The options were refused before anything listened: say which and why, in one line. */
export class ServerOptionsError extends Error {
  override readonly name = 'ServerOptionsError';
}

function nonNegativeInteger(value: number | undefined, fallback: number, name: string): number {
  const chosen = value ?? fallback;
  if (!Number.isSafeInteger(chosen) || chosen < 0) {
    throw new ServerOptionsError(`${name} must be a whole number of zero or more, not ${String(value)}.`);
  }
  return chosen;
}

export async function createAssistantServer(options: AssistantServerOptions): Promise<AssistantServer> {
  const host = options.host ?? DEFAULT_HOST;
  if (!isLoopbackAddress(host)) {
    throw new ServerOptionsError(
      `Refusing to listen on ${host}: this demo server only listens on a loopback address such as 127.0.0.1 or ::1.`,
    );
  }
  const port = nonNegativeInteger(options.port, 0, 'port');
  if (port > 65_535) throw new ServerOptionsError(`port must be at most 65535, not ${port}.`);
  const currency = options.currency ?? DEFAULT_CURRENCY;
  if (!isCurrencyCode(currency))
    throw new ServerOptionsError(`currency must be a code such as USD, not ${currency}.`);
  const pricing = {
    taskPriceMinor: nonNegativeInteger(options.taskPriceMinor, DEFAULTS.taskPriceMinor, 'taskPriceMinor'),
    rechargeMinMinor: nonNegativeInteger(
      options.rechargeMinMinor,
      DEFAULTS.rechargeMinMinor,
      'rechargeMinMinor',
    ),
    rechargeMaxMinor: nonNegativeInteger(
      options.rechargeMaxMinor,
      DEFAULTS.rechargeMaxMinor,
      'rechargeMaxMinor',
    ),
  };
  if (pricing.rechargeMinMinor < 1 || pricing.rechargeMaxMinor < pricing.rechargeMinMinor) {
    throw new ServerOptionsError('Recharge limits need 1 <= rechargeMinMinor <= rechargeMaxMinor.');
  }
  const openingBalanceMinor = nonNegativeInteger(
    options.openingBalanceMinor,
    DEFAULTS.openingBalanceMinor,
    'openingBalanceMinor',
  );
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  const fixtures = await loadFixtures(options.fixturesDir);
  const site: StaticSite | undefined =
    options.staticDir === undefined ? undefined : await openStaticSite(options.staticDir);
  const { ledger, startup } = await Ledger.open({
    path: options.dataFile,
    currency,
    openingMinor: openingBalanceMinor,
    reset: options.reset ?? false,
    now,
    log,
  });

  const lifetime = new AbortController();
  const context: AppContext = {
    ledger,
    scenario: new ScenarioControl({
      errorShape: 'openai',
      inject: null,
      taskLatencyMs: nonNegativeInteger(options.taskLatencyMs, DEFAULTS.taskLatencyMs, 'taskLatencyMs'),
      rechargeDelayMs: nonNegativeInteger(
        options.rechargeDelayMs,
        DEFAULTS.rechargeDelayMs,
        'rechargeDelayMs',
      ),
    }),
    fixtures,
    keys: new KeyedSerializer(),
    pricing,
    openingBalanceMinor,
    now,
    sleep: (ms) => (ms > 0 ? delay(ms, undefined, { signal: lifetime.signal }) : Promise.resolve()),
  };

  const inFlight = new Set<Promise<void>>();
  const server = createServer((request, response) => {
    const handling = respond(context, site, log, lifetime.signal, request, response);
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  // Malformed HTTP (a bad request line, oversized headers) is answered and the socket closed; it never
  // reaches a handler and never takes the process down.
  server.on('clientError', (_error, socket) => {
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await ledger.close();
    throw error;
  });
  server.on('error', (error) => log(`Server error: ${errorMessage(error)}`));

  const address = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: urlFor(host, address.port),
    host,
    port: address.port,
    dataFile: options.dataFile,
    ledgerStartup: startup,
    close() {
      closing ??= (async () => {
        lifetime.abort();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await stopped;
        await Promise.allSettled([...inFlight]);
        await ledger.close();
      })();
      return closing;
    },
  };
}

async function respond(
  context: AppContext,
  site: StaticSite | undefined,
  log: (line: string) => void,
  shutdown: AbortSignal,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const target = request.url ?? '/';
  const path = target.split(/[?#]/, 1)[0] ?? '/';
  const api = isApiPath(path);
  const head = request.method === 'HEAD';
  try {
    if (!isLoopbackHostHeader(request.headers.host)) {
      throw new ApiError(
        403,
        'forbidden_host',
        'This server only answers requests addressed to a loopback host.',
      );
    }
    if (!isAllowedOrigin(request.headers.origin)) {
      throw new ApiError(
        403,
        'forbidden_origin',
        'This server only answers pages served from a loopback address.',
      );
    }
    if (api) {
      send(response, await handleApi(context, request, path), { headers: API_HEADERS });
    } else if (site) {
      send(response, await serveStatic(site, request.method ?? 'GET', target), { head });
    } else {
      throw new ApiError(
        404,
        'not_found',
        'Only /api is served here; start with --static <dir> to serve the app.',
      );
    }
  } catch (error) {
    if (error instanceof ApiError) {
      send(
        response,
        { status: error.status, headers: error.headers, body: error.toBody() },
        { headers: API_HEADERS },
      );
      return;
    }
    // Work abandoned because the server is stopping was never charged; there is nobody left to tell.
    if (shutdown.aborted) {
      response.destroy();
      return;
    }
    log(
      `Unexpected failure on ${request.method ?? '?'} ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    const internal = new ApiError(500, 'internal_error', 'The server could not complete this request.');
    send(response, { status: 500, body: internal.toBody() }, { headers: API_HEADERS });
  }
}
