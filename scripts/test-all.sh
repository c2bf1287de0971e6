#!/usr/bin/env bash
# `npm test`: build, then unit tests (Vitest) and end-to-end tests (Playwright in Chromium against
# the web host). Both suites always run; the exit code is non-zero if either failed.
set -u
cd "$(dirname "$0")/.."
npm run build || exit 1
status=0
npx vitest run || status=1
npx playwright test || status=1
exit "${status}"
