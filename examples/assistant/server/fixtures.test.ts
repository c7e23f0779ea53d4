import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FIXTURES_DIR, FIXTURE_NAMES, FixtureError, loadFixtures } from './fixtures';
import { cardDeclinedReply, ERROR_SHAPES, emptyBalanceReply } from './provider-responses';
import { ServerOptionsError } from './server';
import { makeFolder, readFixture, startTestServer } from './testing';

const folders: string[] = [];

async function copyOfFixtures(): Promise<string> {
  const folder = await makeFolder();
  folders.push(folder);
  await cp(DEFAULT_FIXTURES_DIR, folder, { recursive: true });
  return folder;
}

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

describe('loadFixtures', () => {
  it('reads every fixture the server answers with from the repository', async () => {
    const fixtures = await loadFixtures();
    expect([...fixtures.keys()]).toEqual([...FIXTURE_NAMES]);
    for (const name of FIXTURE_NAMES) {
      const recorded = await readFixture(name);
      expect(fixtures.get(name)).toEqual({
        name,
        status: recorded.status,
        headers: recorded.headers,
        body: recorded.body,
      });
    }
  });

  it('names a missing fixture', async () => {
    const folder = await copyOfFixtures();
    await rm(join(folder, 'deepseek-insufficient-balance.json'));
    await expect(loadFixtures(folder)).rejects.toThrow(/deepseek-insufficient-balance\.json/);
  });

  it.each([
    ['not JSON', '{"status": 402,'],
    ['without a status', '{"headers": {}, "body": null}'],
    ['with headers that are not strings', '{"status": 402, "headers": {"retry-after": 5}, "body": null}'],
    ['without a body', '{"status": 402, "headers": {}}'],
  ])('refuses a fixture %s', async (_label, contents) => {
    const folder = await copyOfFixtures();
    await writeFile(join(folder, 'openai-insufficient-quota.json'), contents);
    await expect(loadFixtures(folder)).rejects.toBeInstanceOf(FixtureError);
  });

  it('stops the server from starting without its fixtures', async () => {
    const folder = await makeFolder();
    folders.push(folder);
    await expect(startTestServer({ fixturesDir: folder }, folder)).rejects.toBeInstanceOf(FixtureError);
  });
});

describe('provider replies', () => {
  it('gives every error shape a distinct recorded answer', async () => {
    const fixtures = await loadFixtures();
    const bodies = ERROR_SHAPES.map((shape) => JSON.stringify(emptyBalanceReply(fixtures, shape).body));
    expect(new Set(bodies).size).toBe(ERROR_SHAPES.length);
  });

  it('never alters the recorded fixture when deriving a decline', async () => {
    const fixtures = await loadFixtures();
    const before = JSON.stringify(fixtures.get('stripe-402-authentication-required-decline'));
    cardDeclinedReply(fixtures, 'declined');
    expect(JSON.stringify(fixtures.get('stripe-402-authentication-required-decline'))).toBe(before);
    expect(cardDeclinedReply(fixtures, 'authentication_required').body).toEqual(
      fixtures.get('stripe-402-authentication-required-decline')?.body,
    );
  });
});

describe('server options', () => {
  it.each([
    [{ taskPriceMinor: -1 }],
    [{ openingBalanceMinor: 1.5 }],
    [{ port: 70_000 }],
    [{ currency: 'usd' }],
    [{ rechargeMinMinor: 0 }],
    [{ rechargeMinMinor: 500, rechargeMaxMinor: 100 }],
  ])('refuses %j before listening', async (options) => {
    const folder = await makeFolder();
    folders.push(folder);
    await expect(startTestServer(options, folder)).rejects.toBeInstanceOf(ServerOptionsError);
  });
});
