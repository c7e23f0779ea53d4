import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

const exampleConfig = fileURLToPath(new URL('../../examples/assistant/vite.config.ts', import.meta.url));

/**
 * Vite and the React plugin choose React's development or production build from NODE_ENV, which vitest
 * sets to `test`: the app is tested as it ships, so NODE_ENV is `production` for the build only. Global
 * setups run one after another before any test starts, so nothing else sees the change.
 */
async function productionBuild(outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: exampleConfig,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * Builds the assistant example once, with its own Vite config (the workspace packages from source), into
 * a folder of its own; every e2e file serves that build from its own server. Removed afterwards.
 */
export default async function setup(project: TestProject) {
  const folder = await mkdtemp(join(tmpdir(), 'tactful-e2e-app-'));
  const outDir = join(folder, 'dist');
  await productionBuild(outDir);
  project.provide('assistantAppDir', outDir);
  return async () => {
    await rm(folder, { recursive: true, force: true });
  };
}
