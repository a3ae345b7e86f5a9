#!/usr/bin/env bash
# The preview's browser test as CI runs it: installs Debian's Chromium when it is missing (CI runs as root on a
# fresh machine; Playwright's own browser download is not used), installs playwright-core from the lock file with
# `npm ci`, then runs preview.test.mjs. It skips, saying so, only when no Chromium can be installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
echo "== the preview in a browser (tools/browser-test)"

chromium="${CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$chromium" ]] && command -v apt-get >/dev/null; then
  as_root=()
  [[ $(id -u) == 0 ]] || as_root=(sudo -n)
  echo "installing Debian's chromium"
  if ! { "${as_root[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium >/dev/null; }; then
    echo "apt-get could not install chromium"
  fi
fi
if [[ ! -x "$chromium" ]]; then
  echo "SKIP: no Chromium at $chromium and it could not be installed with apt-get; the browser test did not run."
  exit 0
fi
"$chromium" --version 2>/dev/null || true

npm ci --no-audit --no-fund
node serve.test.mjs
