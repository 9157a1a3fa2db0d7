#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need, Chromium included,
# redis-server and PostgreSQL for the server's tests, then type-checks, lints (the architecture's
# boundary), runs the unit and server tests, builds once and runs the end-to-end tests against
# the production server on that build.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# better-sqlite3 (the server's embedded store) builds from source with the machine's Node headers.
if ! command -v g++ >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1 || ! command -v python3 >/dev/null 2>&1; then
  echo "Installing a C++ toolchain from Debian's packages (for better-sqlite3)…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq g++ make python3 >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ -z "${CHROMIUM_PATH:-}" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Chromium from Debian's packages…"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
  CHROMIUM_PATH="$(command -v chromium)"
  export CHROMIUM_PATH
fi

# The server's integration tests start Debian's redis-server and PostgreSQL 15 themselves.
if ! command -v redis-server >/dev/null 2>&1 || [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
  echo "Installing redis-server and postgresql from Debian's packages…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server postgresql >/dev/null
fi

npm run --silent typecheck
npm run --silent lint
npx vitest run
npx vite build --logLevel warn
npx playwright test
