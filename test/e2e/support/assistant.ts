import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { createAssistantServer } from '../../../examples/assistant/server/server';
import type {
  AssistantServer,
  AssistantServerOptions,
} from '../../../examples/assistant/server/server.types';
import { chromiumLaunchOptions } from '../../../scripts/chromium';

export interface Money {
  readonly minor: number;
  readonly currency: string;
}

export interface LedgerEntry {
  readonly id: string;
  readonly type: 'opening' | 'charge' | 'recharge' | 'adjustment';
  readonly amount: Money;
  readonly idempotencyKey: string | null;
  readonly description: string;
}

export interface Ledger {
  readonly balance: Money;
  readonly entries: readonly LedgerEntry[];
  readonly doubleCharges: readonly unknown[];
}

export const usd = (minor: number): Money => ({ minor, currency: 'USD' });

/** The server's own API, from the test's side: what the ledger says, and the switch. */
export interface ServerApi {
  ledger(): Promise<Ledger>;
  /** The charges for tasks, oldest first. */
  charges(): Promise<LedgerEntry[]>;
  setBalance(minor: number): Promise<void>;
  /** PUT /api/control with these fields. */
  control(change: Record<string, unknown>): Promise<void>;
  /** A fresh ledger with this opening balance and the default switch (with the suite's delays). */
  reset(openingMinor?: number): Promise<void>;
}

export interface Assistant {
  readonly server: AssistantServer;
  readonly browser: Browser;
  readonly api: ServerApi;
  /** A fresh browser profile (its own localStorage), with uncaught page errors collected. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in `context` showing the app, once its first screen is up. */
  open(context: BrowserContext, path?: string): Promise<Page>;
  /** Uncaught errors thrown in any page so far. */
  readonly pageErrors: string[];
  /** Closes every browser context opened so far (each test's own profile). */
  closeContexts(): Promise<void>;
  close(): Promise<void>;
}

/** Short pretend work, so a task is visibly running yet the suite stays quick on a loaded machine. */
export const SUITE_DELAYS = { taskLatencyMs: 150, rechargeDelayMs: 150 } as const;

async function call(server: AssistantServer, method: string, path: string, body?: unknown): Promise<unknown> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

function serverApi(server: AssistantServer): ServerApi {
  const api: ServerApi = {
    ledger: async () => (await call(server, 'GET', '/api/ledger')) as Ledger,
    charges: async () => (await api.ledger()).entries.filter((entry) => entry.type === 'charge'),
    setBalance: async (minor) => {
      await call(server, 'PUT', '/api/control/balance', { balance: usd(minor) });
    },
    control: async (change) => {
      await call(server, 'PUT', '/api/control', change);
    },
    reset: async (openingMinor) => {
      await call(
        server,
        'POST',
        '/api/control/reset',
        openingMinor === undefined ? {} : { balance: usd(openingMinor) },
      );
      await api.control(SUITE_DELAYS);
    },
  };
  return api;
}

/**
 * The built example served by its own server on a free port over a fresh ledger in a temporary folder,
 * and a Chromium to drive it. One per test file; `close()` ends both and removes the folder.
 */
export async function startAssistant(options: Partial<AssistantServerOptions> = {}): Promise<Assistant> {
  const folder = await mkdtemp(join(tmpdir(), 'tactful-e2e-'));
  const logs: string[] = [];
  const server = await createAssistantServer({
    dataFile: join(folder, 'ledger.json'),
    staticDir: inject('assistantAppDir'),
    port: 0,
    ...SUITE_DELAYS,
    log: (line) => logs.push(line),
    ...options,
  });
  let browser: Browser;
  try {
    browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  } catch (error) {
    await server.close();
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];

  return {
    server,
    browser,
    api: serverApi(server),
    pageErrors,
    async newContext(contextOptions = {}) {
      const context = await browser.newContext({
        viewport: { width: 1200, height: 900 },
        locale: 'en-US',
        reducedMotion: 'reduce',
        ...contextOptions,
      });
      // Generous for a loaded 2-core machine; every wait is for a condition, never a fixed time.
      context.setDefaultTimeout(20_000);
      context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(String(error))));
      contexts.push(context);
      return context;
    },
    async open(context, path = '/') {
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      await appReady(page);
      return page;
    },
    async closeContexts() {
      await Promise.allSettled(contexts.splice(0).map((context) => context.close()));
    },
    async close() {
      await Promise.allSettled(contexts.splice(0).map((context) => context.close()));
      await browser.close().catch(() => {});
      await server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** The first screen is up: the app rendered, its balance read and the kit's copy loaded. */
export async function appReady(page: Page): Promise<void> {
  await page.locator('h1').waitFor();
  await page.getByRole('meter').waitFor();
}

/**
 * One server and one Chromium for the test file. Before each test: a fresh ledger (opening balance
 * `openingMinor`) and the default switch. After each: the ledger must show no key charged twice and
 * no page may have thrown; then the test's browser profiles are closed.
 */
export function assistantPerFile(options: Partial<AssistantServerOptions> = {}): () => Assistant {
  let assistant: Assistant | undefined;
  const current = () => {
    if (!assistant) throw new Error('The assistant did not start (see beforeAll).');
    return assistant;
  };
  beforeAll(async () => {
    assistant = await startAssistant(options);
  });
  beforeEach(async () => {
    await current().api.reset(options.openingBalanceMinor);
    current().pageErrors.length = 0;
  });
  afterEach(async () => {
    if (!assistant) return;
    const { doubleCharges } = await assistant.api.ledger();
    expect(doubleCharges, 'the ledger charged a key twice').toEqual([]);
    expect(assistant.pageErrors, 'a page threw').toEqual([]);
    await assistant.closeContexts();
  });
  afterAll(async () => {
    await assistant?.close();
  });
  return current;
}
