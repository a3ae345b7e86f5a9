#!/usr/bin/env bash
# Prose and repository quality gates for the async C# guide. Run from anywhere:
#
#   bash tools/prose/check.sh
#
# 1. installs the pinned checkers (npm ci; the only step that uses the network, and only
#    the npm registry; skipped when tools/prose/node_modules already matches the lock file)
# 2. markdownlint-cli2 over the pages, README, CONTRIBUTING and the other Markdown we publish
# 3. cspell over the same files, with the project word list tools/prose/words.txt
# 4. action-validator over .github/workflows/*.yml, then the project's own .github rules
#
# docfx.json and the toc.yml files are checked by DocFX itself: `./docrunner build` runs it with
# warnings as errors.
#
# Every check runs even when an earlier one fails; the script exits 1 if any failed.

set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$here/node_modules/.bin"
failed=()

section() { printf '\n== %s\n' "$1"; }

section "install the checkers (npm ci)"
stamp="$here/node_modules/.lock-sha256"
want="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "up to date"
elif (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error); then
  echo "$want" > "$stamp"
else
  echo "FAILED: npm ci in tools/prose"
  exit 1
fi

cd "$root" || exit 1

# The Markdown that the site publishes or that contributors read first.
shopt -s nullglob globstar
markdown=(index.md README.md CONTRIBUTING.md LICENSE-docs.md docs/**/*.md .github/*.md)
present=()
for file in "${markdown[@]}"; do [[ -f "$file" ]] && present+=("$file"); done
echo "Markdown files: ${#present[@]}"

section "markdownlint"
if ((${#present[@]} == 0)); then
  echo "no Markdown files yet"
elif "$bin/markdownlint-cli2" "${present[@]}"; then
  echo "markdownlint: ok"
else
  failed+=("markdownlint (rules: .markdownlint-cli2.jsonc)")
fi

section "cspell"
if ((${#present[@]} == 0)); then
  echo "no Markdown files yet"
elif "$bin/cspell" lint --no-progress --show-suggestions --config cspell.json "${present[@]}"; then
  echo "cspell: ok"
else
  failed+=("cspell (add correctly spelt project words to tools/prose/words.txt)")
fi

section "workflows"
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
workflow_failed=0
for workflow in "${workflows[@]}"; do
  if "$bin/action-validator" "$workflow"; then
    echo "ok   $workflow"
  else
    echo "FAIL $workflow (action-validator, details above)"
    workflow_failed=1
  fi
done
((${#workflows[@]} == 0)) && echo "no workflows found"
node "$here/check-github.mjs" "$root" || workflow_failed=1
((workflow_failed)) && failed+=("workflows and .github rules")

section "summary"
if ((${#failed[@]} == 0)); then
  echo "prose checks: all passed"
  exit 0
fi
for check in "${failed[@]}"; do echo "FAILED: $check"; done
exit 1
