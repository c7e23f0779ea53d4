import { existsSync } from 'node:fs';

/** Debian's package; CHROMIUM_PATH points elsewhere when a machine keeps it somewhere else. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

export function chromiumIsInstalled(): boolean {
  return existsSync(chromiumPath());
}

/** Without the background-networking flags Chromium tries to reach the internet at every start. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}

export const CHROMIUM_MISSING_MESSAGE =
  `Chromium not found at ${chromiumPath()}: install it with \`sudo apt-get install chromium\`, ` +
  'or set CHROMIUM_PATH to a Chromium binary.';
