import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The recharge dialog is loaded on demand (a dynamic import). The first import in a test file transforms
// Radix and the dialog's modules, which can take longer than Testing Library's 1 s default while the whole
// suite runs in parallel — a CI run failed that way. 4 s still ends inside vitest's 5 s test timeout.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});
