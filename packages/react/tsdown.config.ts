import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'browser',
  dts: true,
  fixedExtension: false,
  clean: true,
  // Keep the directive so React Server Component bundlers treat the kit as client code.
  banner: { js: "'use client';" },
});
