import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_SCHEMA_VERSION } from './ledger.types';
import {
  balanceOf,
  ledgerOf,
  makeFolder,
  recharge,
  runTask,
  startTestServer,
  type TestServer,
} from './testing';

const open: TestServer[] = [];

async function start(options: Parameters<typeof startTestServer>[0] = {}, folder?: string) {
  const harness = await startTestServer(options, folder);
  open.push(harness);
  return harness;
}

afterEach(async () => {
  for (const harness of open.splice(0)) await harness.dispose();
});

describe('the ledger file', () => {
  it('keeps the balance, the entries and the stored answers across a restart', async () => {
    const first = await start({ openingBalanceMinor: 100 });
    const charged = await runTask(first.server, 'before-restart', 'Summarize', 'a b c');
    await recharge(first.server, 'top-up', 500);
    const entriesBefore = (await ledgerOf(first.server)).entries;

    const second = await first.restart();
    open.push(second);
    expect(second.server.ledgerStartup).toEqual({ source: 'file' });
    expect(await balanceOf(second.server)).toBe(575);
    expect((await ledgerOf(second.server)).entries).toEqual(entriesBefore);

    const replay = await runTask(second.server, 'before-restart', 'Summarize', 'a b c');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(charged.json);
    expect(await balanceOf(second.server)).toBe(575);
  });

  it('is a JSON document with a schema version', async () => {
    const harness = await start();
    await runTask(harness.server, 'k');
    const saved = JSON.parse(await readFile(harness.dataFile, 'utf8'));
    expect(saved).toMatchObject({ schemaVersion: LEDGER_SCHEMA_VERSION, currency: 'USD', balanceMinor: 75 });
    expect(saved.outcomes['task:k']).toMatchObject({ status: 200 });
  });

  it('leaves no temporary files behind after writes', async () => {
    const harness = await start();
    await Promise.all(Array.from({ length: 4 }, (_, index) => runTask(harness.server, `k${index}`)));
    expect(await readdir(dirname(harness.dataFile))).toEqual(['ledger.json']);
  });

  it('starts fresh with --reset', async () => {
    const first = await start({ openingBalanceMinor: 100 });
    await runTask(first.server, 'k');
    const second = await first.restart({ reset: true });
    open.push(second);
    expect(second.server.ledgerStartup).toEqual({ source: 'reset' });
    expect(await balanceOf(second.server)).toBe(100);
    expect((await ledgerOf(second.server)).entries).toHaveLength(1);
  });

  it('keeps a ledger’s own currency when started with another', async () => {
    const first = await start();
    const second = await first.restart({ currency: 'EUR' });
    open.push(second);
    expect((await ledgerOf(second.server)).balance.currency).toBe('USD');
    expect(second.logs.join('\n')).toContain('kept in USD');
  });
});

describe('a crash in the middle of a write', () => {
  it('leaves the last complete ledger readable and the half-written temporary file is cleared', async () => {
    const first = await start({ openingBalanceMinor: 100 });
    await runTask(first.server, 'k1');
    await first.server.close();
    // What a crash between writing the temporary file and renaming it leaves on disk.
    const leftover = join(dirname(first.dataFile), 'ledger.json.4242.a1b2c3d4e5f6.tmp');
    await writeFile(leftover, '{"schemaVersion": 1, "currency": "USD", "balanceMinor": 999999, "entr');

    const second = await start({}, first.folder);
    expect(second.server.ledgerStartup).toEqual({ source: 'file' });
    expect(await balanceOf(second.server)).toBe(75);
    expect(await readdir(dirname(first.dataFile))).toEqual(['ledger.json']);
    expect(second.logs.join('\n')).toContain('ledger.json.4242.a1b2c3d4e5f6.tmp');
  });

  it('changes nothing when a write fails, and the same key succeeds once the disk is back', async () => {
    const harness = await start({ openingBalanceMinor: 100 });
    const folder = dirname(harness.dataFile);
    // The folder disappears: the temporary file cannot even be created.
    await rm(folder, { recursive: true });
    const failed = await runTask(harness.server, 'during-failure');
    expect(failed.status).toBe(500);
    expect(failed.json).toMatchObject({ error: { type: 'server_error', code: 'internal_error' } });
    expect(await balanceOf(harness.server)).toBe(100);
    expect(harness.logs.join('\n')).toContain('Could not write the ledger');

    await mkdir(folder, { recursive: true });
    expect((await runTask(harness.server, 'during-failure')).status).toBe(200);
    expect((await ledgerOf(harness.server)).entries.filter((entry) => entry.type === 'charge')).toHaveLength(
      1,
    );
  });
});

describe('an unreadable ledger', () => {
  async function startWithFile(contents: string) {
    const folder = await makeFolder();
    const dataFile = join(folder, 'data', 'ledger.json');
    await mkdir(dirname(dataFile), { recursive: true });
    await writeFile(dataFile, contents);
    return start(
      { dataFile, openingBalanceMinor: 100, now: () => Date.parse('2026-04-05T06:07:08.009Z') },
      folder,
    );
  }

  async function expectSetAside(harness: TestServer, contents: string, reason: RegExp) {
    const startup = harness.server.ledgerStartup;
    expect(startup.source).toBe('recovered');
    if (startup.source !== 'recovered') return;
    expect(startup.reason).toMatch(reason);
    expect(startup.movedTo).toBe(`${harness.dataFile}.corrupt-2026-04-05T06-07-08-009Z`);
    expect(await readFile(startup.movedTo, 'utf8')).toBe(contents);
    expect(harness.logs.join('\n')).toContain(startup.movedTo);
    expect(await balanceOf(harness.server)).toBe(100);
  }

  it('is moved aside with a timestamp, kept byte for byte, and a fresh ledger starts', async () => {
    const contents = '{"schemaVersion": 1, "balanceMinor": 12';
    await expectSetAside(await startWithFile(contents), contents, /not valid JSON/);
  });

  it('treats a file from another schema version the same way', async () => {
    const contents = JSON.stringify({
      schemaVersion: 2,
      currency: 'USD',
      balanceMinor: 0,
      entries: [],
      outcomes: {},
    });
    await expectSetAside(await startWithFile(contents), contents, /schemaVersion is 2/);
  });

  it('treats a balance that the entries do not add up to as corrupt', async () => {
    const honest = await start({ openingBalanceMinor: 100 });
    await runTask(honest.server, 'k');
    await honest.server.close();
    const saved = JSON.parse(await readFile(honest.dataFile, 'utf8'));
    const tampered = `${JSON.stringify({ ...saved, balanceMinor: 1_000_000 }, null, 2)}\n`;
    await expectSetAside(await startWithFile(tampered), tampered, /add up to 75/);
  });

  it('never overwrites an earlier set-aside file', async () => {
    const first = await startWithFile('garbage one');
    await first.server.close();
    await writeFile(first.dataFile, 'garbage two');
    const second = await start(
      { dataFile: first.dataFile, now: () => Date.parse('2026-04-05T06:07:08.009Z') },
      first.folder,
    );
    const startup = second.server.ledgerStartup;
    expect(startup.source === 'recovered' && startup.movedTo).toBe(
      `${first.dataFile}.corrupt-2026-04-05T06-07-08-009Z-2`,
    );
    expect(await readFile(`${first.dataFile}.corrupt-2026-04-05T06-07-08-009Z`, 'utf8')).toBe('garbage one');
  });

  it('stops the server with the reason when the ledger cannot be read at all', async () => {
    const folder = await makeFolder();
    const dataFile = join(folder, 'ledger.json');
    await mkdir(dataFile); // A folder where the file should be.
    await expect(startTestServer({ dataFile }, folder)).rejects.toThrow(/EISDIR/);
    await rm(folder, { recursive: true, force: true });
  });
});
