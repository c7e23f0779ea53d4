import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'browser',
  dts: true,
  fixedExtension: false,
  clean: true,
  // One output module per source module: apps tree-shake what they do not use, and the recharge
  // dialog stays in its own chunk until a message first offers to add funds.
  unbundle: true,
  // Keep the directive so React Server Component bundlers treat the kit as client code.
  banner: { js: "'use client';" },
});
