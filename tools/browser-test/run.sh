#!/usr/bin/env bash
# The browser tests as CI runs them (.ci/run and .github/workflows/ci.yml), after `./docrunner build`:
#   site.test.mjs     the DocFX site in _site/ (pages, links, embeds, sessions, search, dark, phone, screenshots)
#   serve.test.mjs  the live preview of `./docrunner serve`
#   runner.test.mjs the Run buttons: samples run, edited, stopped in the browser; download size and times
# The browser: find-browser.sh ($CHROMIUM, $CHROME_BIN, or Debian's chromium, installed when missing).
# Playwright's own browser download is never used: playwright-core comes from the lock file.
# Without any browser the run fails: the site was not tested.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
echo "== the site and the preview in a browser (tools/browser-test)"

if ! browser=$(bash find-browser.sh); then
  echo "error: no browser (set CHROMIUM, or install Debian's chromium); the site was not tested."
  exit 1
fi
export CHROMIUM="$browser"
"$browser" --version 2>/dev/null || true

npm ci --no-audit --no-fund
echo "== the DocFX site in _site/ (site.test.mjs)"
node site.test.mjs
echo "== the Run buttons of the site (runner.test.mjs)"
node runner.test.mjs
echo "== the live preview, serve (serve.test.mjs)"
node serve.test.mjs
