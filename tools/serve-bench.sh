#!/usr/bin/env bash
# Measures the preview's save-to-refresh time: how long after a sample file is saved the page served by
# `DocRunner serve` shows what the edited sample prints. Works in a temporary copy of the repository, so the
# checkout is never touched, and stops the server it starts.
#
# Two cases, each edited ROUNDS times (default 5):
#   trivial  a page of its own embedding a one-line sample: the tool's own cost (watch, compile, run, render)
#   guide    samples/why-async/concurrent-awaits.cs on docs/why-async.md: a real sample, which itself waits 0.3 s
#
# The time is taken from just before the file is written to the moment an HTTP GET of the page returns the new
# output; the page is fetched again each time the server announces (server-sent events) that the page changed,
# which is what the open browser tab does. The server's own figure for the same edit is printed beside it.
#
# Usage: tools/serve-bench.sh [ROUNDS]        target: ≤ 1500 ms
#        DOCRUNNER_DLL=path/to/DocRunner.dll tools/serve-bench.sh   (measure a build made elsewhere)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-5}"
target_ms=1500
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ -n "${DOCRUNNER_DLL:-}" ]]; then
  dll="$DOCRUNNER_DLL"   # a DocRunner.dll built elsewhere
else
  dll=$(tools/build-docrunner.sh)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/docrunner-serve-bench.XXXXXX")"
server_pid=""
events_pid=""
cleanup() {
  [[ -n "$events_pid" ]] && kill "$events_pid" 2>/dev/null || true
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== copying the repository to $work/repo"
mkdir -p "$work/repo"
git ls-files -co --exclude-standard | grep -v '^tools/' | while IFS= read -r f; do [[ -e "$f" ]] && printf '%s\n' "$f"; done \
  | tar -cf - -T - | tar -xf - -C "$work/repo"
# The result cache lets samples that did not change come back at once (it is keyed by this build of the tool).
if [[ -d obj/docrunner/cache ]]; then mkdir -p "$work/repo/obj/docrunner" && cp -r obj/docrunner/cache "$work/repo/obj/docrunner/"; fi
repo="$work/repo"

# The trivial case: a page of its own, listed in the chapters' toc, embedding a one-line sample.
mkdir -p "$repo/samples/bench"
printf 'Console.WriteLine("bench 0");\n' > "$repo/samples/bench/one-line.cs"
printf '# Bench\n\n[!code-csharp[samples/bench/one-line.cs](../samples/bench/one-line.cs)]\n\n```output\nbench 0\n```\n' > "$repo/docs/bench.md"
printf -- '- name: Bench\n  href: bench.md\n' >> "$repo/docs/toc.yml"

echo "== starting DocRunner serve"
dotnet "$dll" serve --root "$repo" --port 0 > "$work/serve.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 300); do
  url="$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.log" | head -1 || true)"
  [[ -n "$url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log"; echo "serve exited" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { cat "$work/serve.log"; echo "serve did not start" >&2; exit 1; }
echo "   $url"

status() { curl -s "${url}_docrunner/status"; }
field() {
  python3 -c 'import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1].split("."): v = None if v is None else v.get(k)
print(v)' "$1"
}

echo "== waiting for the first check of every sample to finish (from the cache where it can)"
start=$(date +%s)
while :; do
  s="$(status)"
  version=$(field version <<<"$s"); running=$(field running <<<"$s"); waiting=$(field waiting <<<"$s")
  [[ "$version" != 0 && "$running" == 0 && "$waiting" == 0 ]] && break
  if (( $(date +%s) - start > 1800 )); then echo "the first check took over 30 minutes" >&2; exit 1; fi
  sleep 2
done
echo "   done in $(( $(date +%s) - start )) s"

# Listens to the server's events as a browser showing the page does; they are appended to a file.
watch_events() {
  local page="$1" log="$2"
  curl -sN "${url}_docrunner/events?page=$page" > "$log" &
  events_pid=$!
  sleep 0.5
}
changes_for() { grep -c "\"pages\":\[.*\"$2\"" "$1" || true; }

measure() {
  local name="$1" page="$2" sample="$3" make_edit="$4" expect="$5"
  local html="${page%.md}.html" log="$work/events-$name.log"
  watch_events "$page" "$log"
  local results=()
  for round in $(seq "$rounds"); do
    local token="$name-$round-$RANDOM"
    local seen=0
    local t0; t0=$(date +%s%3N)
    $make_edit "$repo/$sample" "$token"
    local deadline=$(( t0 + 60000 ))
    while :; do
      local n; n=$(changes_for "$log" "$page")
      if (( n > seen )); then
        seen=$n
        # Read the whole page before searching it: grep -q stopping early would fail curl, and so the test, under pipefail.
        local body; body=$(curl -s "$url$html")
        if grep -qF "$($expect "$token")" <<<"$body"; then break; fi
      fi
      if (( $(date +%s%3N) > deadline )); then
        echo "round $round: the new output did not appear within 60 s; the server said:" >&2
        tail -20 "$work/serve.log" >&2
        exit 1
      fi
      sleep 0.005
    done
    local t1; t1=$(date +%s%3N)
    local server_ms; server_ms=$(status | field lastEdit.saveToPageMs)
    local run_ms; run_ms=$(status | field lastEdit.runMs)
    echo "   $name round $round: $(( t1 - t0 )) ms save → refreshed page (server: $server_ms ms; the sample itself ran $run_ms ms)"
    results+=($(( t1 - t0 )))
    sleep 1
  done
  kill "$events_pid" 2>/dev/null || true
  events_pid=""
  local sorted; sorted=$(printf '%s\n' "${results[@]}" | sort -n)
  local median; median=$(sed -n "$(( (rounds + 1) / 2 ))p" <<<"$sorted")
  local worst; worst=$(tail -1 <<<"$sorted")
  echo "   $name: median $median ms, worst $worst ms (target ≤ $target_ms ms)"
  summary+=("$name: median $median ms, worst $worst ms")
}

edit_trivial() { printf 'Console.WriteLine("%s");\n' "$2" > "$1"; }
expect_trivial() { printf '>%s<' "$1"; }
edit_guide() { sed -i -E "s/FetchReportAsync\(\"sales[^\"]*\"\)/FetchReportAsync(\"sales-$2\")/" "$1"; }
expect_guide() { printf '>sales-%s report, stock report, staff report<' "$1"; }

summary=()
echo "== load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "== trivial: docs/bench.md, samples/bench/one-line.cs"
measure trivial docs/bench.md samples/bench/one-line.cs edit_trivial expect_trivial
echo "== guide: docs/why-async.md, samples/why-async/concurrent-awaits.cs"
measure guide docs/why-async.md samples/why-async/concurrent-awaits.cs edit_guide expect_guide
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${summary[@]}"
