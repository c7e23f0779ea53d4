import 'vitest';

declare module 'vitest' {
  /** Values each vitest project provides to its tests (see `provide` in vitest.config.ts). */
  export interface ProvidedContext {
    reactMajor: number;
  }
}
