import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The assistant example, built once by test/e2e/global-setup.ts. */
    assistantAppDir: string;
  }
}
