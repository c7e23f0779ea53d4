import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFolder } from './testing';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

function run(args: string[]) {
  // tsx as a loader keeps the server in this one process: the tsx command would run it in a child
  // that a kill of the parent leaves behind.
  const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
    stdio: 'pipe',
    cwd: repositoryRoot,
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '');
    });
    child.on('exit', () => reject(new Error(`exited before printing: ${stderr}`)));
  });
  // Only some tests wait for the line; the others expect the process to exit without one.
  firstLine.catch(() => undefined);
  return { child, exit, firstLine, output: () => ({ stdout, stderr }) };
}

describe('the command line', () => {
  it('prints one line with the URL, serves, and stops cleanly on SIGTERM', async () => {
    const folder = await makeFolder();
    folders.push(folder);
    const started = run(['--port', '0', '--data', join(folder, 'ledger.json')]);
    const line = await started.firstLine;
    const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(line)?.[1];
    expect(url).toBeDefined();
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ ok: true });
    started.child.kill('SIGTERM');
    expect(await started.exit).toBe(0);
    expect(started.output().stdout.trim().split('\n')).toHaveLength(1);
  }, 20_000);

  it('refuses a host that is not loopback, with the reason and exit code 1', async () => {
    const started = run(['--host', '0.0.0.0', '--port', '0']);
    expect(await started.exit).toBe(1);
    expect(started.output().stderr).toMatch(/Refusing to listen on 0\.0\.0\.0/);
  }, 20_000);

  it('says which port is taken', async () => {
    const folder = await makeFolder();
    folders.push(folder);
    const first = run(['--port', '0', '--data', join(folder, 'a.json')]);
    const port = /:(\d+)\//.exec(await first.firstLine)?.[1] ?? '';
    const second = run(['--port', port, '--data', join(folder, 'b.json')]);
    expect(await second.exit).toBe(1);
    expect(second.output().stderr).toContain(`Port ${port} is already in use`);
  }, 20_000);

  it('refuses unknown flags with the usage and exit code 2', async () => {
    const started = run(['--prot', '80']);
    expect(await started.exit).toBe(2);
    expect(started.output().stderr).toContain('Usage:');
  }, 20_000);
});
