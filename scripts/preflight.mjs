#!/usr/bin/env node
// Runs before the test command: a missing browser gets one clear line, not a Playwright stack trace.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}: install it with \`sudo apt-get install chromium\`, or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}
