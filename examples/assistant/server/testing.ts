import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_FIXTURES_DIR } from './fixtures';
import { createAssistantServer } from './server';
import type { AssistantServer, AssistantServerOptions } from './server.types';

/** Test helpers: a server on a free port over a throwaway folder, and small request shortcuts. */
export interface TestServer {
  readonly server: AssistantServer;
  readonly folder: string;
  readonly dataFile: string;
  readonly logs: string[];
  restart(options?: Partial<AssistantServerOptions>): Promise<TestServer>;
  dispose(): Promise<void>;
}

export async function makeFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'assistant-server-test-'));
}

export async function startTestServer(
  options: Partial<AssistantServerOptions> = {},
  folder?: string,
): Promise<TestServer> {
  const dir = folder ?? (await makeFolder());
  const logs: string[] = [];
  const dataFile = options.dataFile ?? join(dir, 'data', 'ledger.json');
  const server = await createAssistantServer({
    taskLatencyMs: 0,
    rechargeDelayMs: 0,
    log: (line) => logs.push(line),
    ...options,
    dataFile,
  });
  return {
    server,
    folder: dir,
    dataFile,
    logs,
    async restart(next = {}) {
      await server.close();
      return startTestServer({ ...options, ...next, dataFile }, dir);
    },
    async dispose() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

async function toAnswer(response: Response): Promise<Answer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export async function call(
  server: AssistantServer,
  method: string,
  path: string,
  options: { body?: unknown; key?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== undefined) headers['idempotency-key'] = options.key;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = body;
  return toAnswer(await fetch(`${server.url}${path}`, init));
}

export function runTask(
  server: AssistantServer,
  key: string,
  task = 'Summarize the contracts',
  input?: string,
) {
  return call(server, 'POST', '/api/tasks', { key, body: input === undefined ? { task } : { task, input } });
}

export function recharge(server: AssistantServer, key: string, minor: number, card?: string) {
  return call(server, 'POST', '/api/recharge', {
    key,
    body:
      card === undefined
        ? { amount: { minor, currency: 'USD' } }
        : { amount: { minor, currency: 'USD' }, card },
  });
}

export async function balanceOf(server: AssistantServer): Promise<number> {
  const answer = await call(server, 'GET', '/api/balance');
  return (answer.json as { balance: { minor: number } }).balance.minor;
}

export interface LedgerView {
  balance: { minor: number; currency: string };
  entries: { id: string; type: string; amount: { minor: number }; idempotencyKey: string | null }[];
  doubleCharges: unknown[];
}

export async function ledgerOf(server: AssistantServer): Promise<LedgerView> {
  return (await call(server, 'GET', '/api/ledger')).json as LedgerView;
}

/** A request sent byte for byte as written: fetch would normalise `..` and percent-escapes away. */
export function rawGet(
  server: AssistantServer,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(server.url, { method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** A recorded provider response, read straight from the file, to compare the server's answer with. */
export async function readFixture(
  name: string,
): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
  return JSON.parse(await readFile(join(DEFAULT_FIXTURES_DIR, `${name}.json`), 'utf8'));
}
