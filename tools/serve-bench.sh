#!/usr/bin/env bash
# Measures `DocRunner serve`'s save-to-browser time on the DocFX site: how long after a file is saved the page it
# serves shows the change. Works in a temporary copy of the repository, so the checkout is never touched, and stops
# the server it starts.
#
# Three cases, each edited ROUNDS times (default 5):
#   prose    a sentence appended to docs/why-async.md: DocFX rebuilds and the page HTML has it   target ≤ 2000 ms
#   trivial  a page of its own embedding a one-line sample: the new code in the page (DocFX rebuilt) and the new
#            output in its overlay (the sample ran)                                       target ≤ 2000 ms + run
#   guide    samples/why-async/concurrent-awaits.cs on docs/why-async.md, a real sample that itself waits 0.3 s
#                                                                                         target ≤ 2000 ms + run
#
# The time is taken from just before the file is written to the moment HTTP GETs of the page (and, for samples, of
# its overlay, /_docrunner/checks) return the change; they are fetched again each time the server announces
# (server-sent events) a rebuild or a changed overlay, which is what the open browser tab does. "run" is the
# sample's own compile-and-run time as the server reports it. The server's own figures are printed beside.
#
# Usage: tools/serve-bench.sh [ROUNDS]
#        DOCRUNNER_DLL=path/to/DocRunner.dll tools/serve-bench.sh   (measure a build made elsewhere)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-5}"
target_ms=2000
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
  build=$(field build <<<"$s")
  [[ "$version" != 0 && "$build" != 0 && "$running" == 0 && "$waiting" == 0 ]] && break
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
# Events that concern the page: its overlay changed, DocFX rebuilt it, or everything reloads.
changes_for() { grep -cE "\"(pages|rebuilt)\":\[[^]]*\"$2\"|\"reload\":true" "$1" || true; }

measure() {
  local name="$1" page="$2" file="$3" make_edit="$4" expect="$5" expect_printed="$6"
  local html="${page%.md}.html" log="$work/events-$name.log"
  watch_events "$page" "$log"
  local results=()
  for round in $(seq "$rounds"); do
    local token="$name-$round-$RANDOM"
    local seen=0
    local t0; t0=$(date +%s%3N)
    $make_edit "$repo/$file" "$token"
    local deadline=$(( t0 + 60000 ))
    while :; do
      local n; n=$(changes_for "$log" "$page")
      if (( n > seen )); then
        seen=$n
        # Read the whole page before searching it: grep -q stopping early would fail curl, and so the test, under pipefail.
        local body; body=$(curl -s "$url$html")
        local checks=""
        [[ -n "$expect_printed" ]] && checks=$(curl -s "${url}_docrunner/checks?page=$page")
        if grep -qF -- "$($expect "$token")" <<<"$body" && { [[ -z "$expect_printed" ]] || grep -qF -- "$($expect_printed "$token")" <<<"$checks"; }; then break; fi
      fi
      if (( $(date +%s%3N) > deadline )); then
        echo "round $round: the new output did not appear within 60 s; the server said:" >&2
        tail -20 "$work/serve.log" >&2
        exit 1
      fi
      sleep 0.005
    done
    local t1; t1=$(date +%s%3N)
    local s; s=$(status)
    local build_ms; build_ms=$(field lastBuild.buildMs <<<"$s")
    local run_ms=0 note="DocFX build $build_ms ms"
    if [[ -n "$expect_printed" ]]; then
      run_ms=$(field lastEdit.runMs <<<"$s")
      note="$note; the sample's run: $run_ms ms; server: overlay $(field lastEdit.saveToPageMs <<<"$s") ms after the save"
    fi
    local took=$(( t1 - t0 ))
    local beyond=""; [[ -n "$expect_printed" ]] && beyond="; beyond the sample's run: $(( took - run_ms )) ms"
    echo "   $name round $round: $took ms save → page shows it ($note)$beyond"
    results+=($(( took - run_ms )))
    sleep 1
  done
  kill "$events_pid" 2>/dev/null || true
  events_pid=""
  local sorted; sorted=$(printf '%s\n' "${results[@]}" | sort -n)
  local median; median=$(sed -n "$(( (rounds + 1) / 2 ))p" <<<"$sorted")
  local worst; worst=$(tail -1 <<<"$sorted")
  local verdict="within"; (( median > target_ms )) && verdict="OVER"
  local what="save to page"; [[ -n "$expect_printed" ]] && what="save to page and overlay, beyond the sample's own run"
  echo "   $name: median $median ms, worst $worst ms, $what (target ≤ $target_ms ms: $verdict)"
  summary+=("$name: median $median ms, worst $worst ms, $what (target ≤ $target_ms ms: $verdict)")
}

edit_prose() { printf '\nA sentence the bench added: %s.\n' "$2" >> "$1"; }
expect_prose() { printf 'A sentence the bench added: %s.' "$1"; }
edit_trivial() { printf 'Console.WriteLine("%s");\n' "$2" > "$1"; }
expect_trivial() { printf 'Console.WriteLine(&quot;%s&quot;);' "$1"; }
printed_trivial() { printf '"text":"%s","kind":"added"' "$1"; }
edit_guide() { sed -i -E "s/FetchReportAsync\(\"sales[^\"]*\"\)/FetchReportAsync(\"sales-$2\")/" "$1"; }
expect_guide() { printf 'FetchReportAsync(&quot;sales-%s&quot;)' "$1"; }
printed_guide() { printf '"text":"sales-%s report, stock report, staff report"' "$1"; }

summary=()
echo "== load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "== prose: docs/why-async.md"
measure prose docs/why-async.md docs/why-async.md edit_prose expect_prose ""
echo "== trivial: docs/bench.md, samples/bench/one-line.cs"
measure trivial docs/bench.md samples/bench/one-line.cs edit_trivial expect_trivial printed_trivial
echo "== guide: docs/why-async.md, samples/why-async/concurrent-awaits.cs"
measure guide docs/why-async.md samples/why-async/concurrent-awaits.cs edit_guide expect_guide printed_guide
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${summary[@]}"
