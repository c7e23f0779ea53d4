import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  fixedExtension: false,
  clean: true,
  // One output module per source module, so an app's bundler drops whole areas it does not import.
  unbundle: true,
});
