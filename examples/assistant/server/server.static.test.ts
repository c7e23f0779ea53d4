import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaticSiteError } from './static-site';
import { call, makeFolder, rawGet, startTestServer, type TestServer } from './testing';

const INDEX = '<!doctype html><title>Assistant</title><div id="root"></div>';
const SECRET = 'the secret outside the site';
let harness: TestServer;

beforeAll(async () => {
  const folder = await makeFolder();
  const site = join(folder, 'dist');
  await mkdir(join(site, 'assets'), { recursive: true });
  await writeFile(join(site, 'index.html'), INDEX);
  await writeFile(join(site, 'assets', 'app-1a2b.js'), 'console.log(1)');
  await writeFile(join(site, 'assets', 'app-1a2b.css'), 'body{}');
  await writeFile(join(site, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(site, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(site, '.env'), 'TOKEN=not-for-you');
  await writeFile(join(folder, 'secret.txt'), SECRET);
  await symlink(join(folder, 'secret.txt'), join(site, 'assets', 'escape.txt'));
  harness = await startTestServer({ staticDir: site }, folder);
});

afterAll(async () => {
  await harness.dispose();
});

describe('serving the built app', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', INDEX],
    ['/index.html', 'text/html; charset=utf-8', INDEX],
    ['/assets/app-1a2b.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['/assets/app-1a2b.css', 'text/css; charset=utf-8', 'body{}'],
    ['/assets/logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ['/assets/font.woff2', 'font/woff2', 'wOF2'],
    ['/assets/app-1a2b.js?v=3', 'text/javascript; charset=utf-8', 'console.log(1)'],
  ])('serves %s as %s', async (path, type, body) => {
    const answer = await rawGet(harness.server, path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.body).toBe(body);
  });

  it.each(['/tasks', '/tasks/42', '/settings/billing?tab=cards'])(
    'answers the app route %s with index.html',
    async (path) => {
      const answer = await rawGet(harness.server, path);
      expect(answer.status).toBe(200);
      expect(answer.body).toBe(INDEX);
    },
  );

  it('answers a missing asset with 404 rather than the page', async () => {
    const answer = await rawGet(harness.server, '/assets/missing-9f9f.js');
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('<div id="root">');
  });

  it('answers HEAD with the headers only', async () => {
    const answer = await rawGet(harness.server, '/assets/app-1a2b.js', {}, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe(String('console.log(1)'.length));
    expect(answer.body).toBe('');
  });

  it('refuses other methods', async () => {
    const answer = await rawGet(harness.server, '/index.html', {}, 'POST');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('keeps /api for the API', async () => {
    expect((await call(harness.server, 'GET', '/api/health')).json).toEqual({ ok: true });
    expect((await call(harness.server, 'GET', '/api/unknown')).status).toBe(404);
  });
});

describe('nothing outside the site', () => {
  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/%00.js',
    '/%E0%A4%A',
    '/.env',
    '/assets/escape.txt',
    `/${join('..', 'secret.txt')}`,
  ])('never serves the file behind %s', async (path) => {
    const answer = await rawGet(harness.server, path);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain(SECRET);
    expect(answer.body).not.toContain('not-for-you');
  });
});

describe('without a built app', () => {
  it('answers non-API paths with 404 and says how to serve the app', async () => {
    const bare = await startTestServer();
    try {
      const answer = await call(bare.server, 'GET', '/');
      expect(answer.status).toBe(404);
      expect(answer.text).toContain('--static');
    } finally {
      await bare.dispose();
    }
  });

  it('refuses to start on a folder that does not exist or has no index.html', async () => {
    const folder = await makeFolder();
    await expect(startTestServer({ staticDir: join(folder, 'nope') }, folder)).rejects.toBeInstanceOf(
      StaticSiteError,
    );
    await expect(startTestServer({ staticDir: folder }, folder)).rejects.toThrow(/no index\.html/);
  });
});
