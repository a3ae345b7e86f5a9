#!/usr/bin/env bash
# Prints the path of the browser the tests and the site build use: $CHROMIUM, else $CHROME_BIN (GitHub's Ubuntu
# runners set it to their preinstalled Google Chrome; Ubuntu's own chromium package is a snap), else Debian's
# /usr/bin/chromium, which is installed with apt-get when missing on Debian, else /usr/bin/google-chrome.
# Playwright's own browser download is never used. Exits 1, printing nothing, when there is no browser.
# Used by run.sh and by ./docrunner build (tools/DocRunner/Publishing/Browser/BrowserRunnerSite.cs).
set -euo pipefail
browser="${CHROMIUM:-}"
[[ -z "$browser" && -n "${CHROME_BIN:-}" && -x "${CHROME_BIN:-}" ]] && browser="$CHROME_BIN"
[[ -z "$browser" && -x /usr/bin/chromium ]] && browser=/usr/bin/chromium
[[ -z "$browser" && -x /usr/bin/google-chrome ]] && browser=/usr/bin/google-chrome
if [[ -z "$browser" ]] && grep -qx 'ID=debian' /etc/os-release 2>/dev/null; then
  as_root=()
  [[ $(id -u) == 0 ]] || as_root=(sudo -n)
  echo "installing Debian's chromium" >&2
  if { "${as_root[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium >/dev/null; } >&2; then
    browser=/usr/bin/chromium
  else
    echo "apt-get could not install chromium" >&2
  fi
fi
[[ -n "$browser" && -x "$browser" ]] || exit 1
echo "$browser"
