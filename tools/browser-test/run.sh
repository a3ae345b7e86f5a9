#!/usr/bin/env bash
# The browser tests as CI runs them (.ci/run and .github/workflows/ci.yml), after `./docrunner build`:
#   site.test.mjs     the DocFX site in _site/ (pages, links, embeds, sessions, search, dark, phone, screenshots)
#   serve.test.mjs  the live preview of `./docrunner serve`
#   runner.test.mjs the Run buttons: samples run, edited, stopped in the browser; download size and times
# The browser: $CHROMIUM, else $CHROME_BIN (GitHub's Ubuntu runners set it to their preinstalled Google Chrome;
# Ubuntu's own chromium package is a snap), else Debian's /usr/bin/chromium, which is installed with apt-get when
# missing on Debian. Playwright's own browser download is never used: playwright-core comes from the lock file.
# Without any browser the run fails: the site was not tested.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
echo "== the site and the preview in a browser (tools/browser-test)"

browser="${CHROMIUM:-}"
[[ -z "$browser" && -n "${CHROME_BIN:-}" && -x "${CHROME_BIN:-}" ]] && browser="$CHROME_BIN"
[[ -z "$browser" && -x /usr/bin/chromium ]] && browser=/usr/bin/chromium
[[ -z "$browser" && -x /usr/bin/google-chrome ]] && browser=/usr/bin/google-chrome
if [[ -z "$browser" ]] && grep -qx 'ID=debian' /etc/os-release 2>/dev/null; then
  as_root=()
  [[ $(id -u) == 0 ]] || as_root=(sudo -n)
  echo "installing Debian's chromium"
  if { "${as_root[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium >/dev/null; }; then
    browser=/usr/bin/chromium
  else
    echo "apt-get could not install chromium"
  fi
fi
if [[ -z "$browser" || ! -x "$browser" ]]; then
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
