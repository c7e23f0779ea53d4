#!/usr/bin/env bash
# Installs everything Tactful needs on a fresh Debian machine with Node 20:
# Debian's Chromium (for the real-browser tests), pnpm 12.4.2, and the workspace's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's chromium…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "Installing Debian's chromium…"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing and this user cannot install it: run \`sudo apt-get install chromium\` or set CHROMIUM_PATH. Storybook works without it; the browser tests do not." >&2
  fi
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION…"
  npm install --global --save-exact --loglevel=error "pnpm@$PNPM_VERSION"
fi

pnpm install --frozen-lockfile
