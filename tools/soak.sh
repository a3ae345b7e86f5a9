#!/usr/bin/env bash
# Soak test: runs `verify --no-cache` of the whole guide N times while a competing process keeps every core busy,
# then reports, per sample, how many runs it failed in. A check that fails in some runs but not all is flaky;
# one that fails in every run is simply wrong (drift, a page being written) and is listed apart.
#
# Usage: tools/soak.sh [--runs N] [--portability-every K] [--hogs N] [--run-timeout SECONDS] [--out DIR] [-- PATH...]
#   --runs N             how many verify runs (default 20)
#   --portability-every K  every K-th run is `verify --no-cache --portability` (default 4: 5 of 20 runs); 0 never
#   --hogs N             competing busy processes (default: one per core, `nproc`); 0 runs without load
#   --run-timeout S      a run still going after S seconds is stopped and counted as failed (default 900)
#   --out DIR            where each run's console output and --json report are kept (default: a new temp folder)
#   PATH...              passed to verify: only these pages, or pages embedding samples under them
# The load is stress-ng (Debian package stress-ng) when it is installed, else one shell busy-loop per hog.
# Everything the script starts is stopped when it ends, also on Ctrl-C or a kill.
# Exit status: 0 when every run passed, 1 when any run failed, 2 for a usage error.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=20; portability_every=4; hogs=$(nproc); run_timeout=900; out=""; paths=()
need_value() { (($# >= 2)) || { echo "soak.sh: $1 needs a value (see --help)" >&2; exit 2; }; }
while (($#)); do
  case "$1" in
    --runs) need_value "$@"; runs="$2"; shift ;;
    --portability-every) need_value "$@"; portability_every="$2"; shift ;;
    --hogs) need_value "$@"; hogs="$2"; shift ;;
    --run-timeout) need_value "$@"; run_timeout="$2"; shift ;;
    --out) need_value "$@"; out="$2"; shift ;;
    --) shift; paths=("$@"); break ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "soak.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ $runs =~ ^[1-9][0-9]*$ && $hogs =~ ^[0-9]+$ && $portability_every =~ ^[0-9]+$ && $run_timeout =~ ^[1-9][0-9]*$ ]] ||
  { echo "soak.sh: --runs and --run-timeout take a positive number, --hogs and --portability-every a number" >&2; exit 2; }
out="${out:-$(mktemp -d /tmp/docrunner-soak-XXXX)}"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Every process group this script starts (the load, the run under way), ended on any exit.
groups=()
stop_group() { kill -TERM -- "-$1" 2>/dev/null || true; }
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  local g
  for g in "${groups[@]}"; do stop_group "$g"; done
  sleep 0.5
  for g in "${groups[@]}"; do kill -KILL -- "-$g" 2>/dev/null || true; done
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts a command in a process group of its own, its output to a file, and remembers the group; sets $started.
start_group() {
  local log="$1"; shift
  setsid "$@" </dev/null >"$log" 2>&1 &
  started=$!
  groups+=("$started")
}

cd "$root"
dll=$(tools/build-docrunner.sh)

load="none"
if ((hogs > 0)); then
  if command -v stress-ng >/dev/null; then
    start_group "$out/load.txt" stress-ng --cpu "$hogs" --cpu-method all --quiet
    load="stress-ng --cpu $hogs"
  else
    start_group "$out/load.txt" bash -c 'for ((i = 0; i < $1; i++)); do while :; do :; done & done; wait' busy "$hogs"
    load="$hogs shell busy-loops"
  fi
  sleep 1
fi

portable_runs=0
((portability_every > 0)) && portable_runs=$((runs / portability_every))
echo "soak: $runs runs of verify --no-cache${paths:+ ${paths[*]}} ($portable_runs of them with --portability), load: $load, on $(nproc) cores; raw files in $out"
failed_runs=0
for ((run = 1; run <= runs; run++)); do
  json="$out/run-$run.json"
  rm -f "$json"
  portability=()
  ((portability_every > 0 && run % portability_every == 0)) && portability=(--portability)
  start=$(date +%s.%N)
  start_group "$out/run-$run.txt" timeout --kill-after=10 "$run_timeout" dotnet "$dll" verify --no-cache "${portability[@]}" --root "$root" --json "$json" "${paths[@]}"
  code=0
  wait "$started" || code=$?
  unset 'groups[-1]'
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out/run-$run.txt" 2>/dev/null | tail -1 || true)
  case $code in
    0) ;;
    124|137) summary="stopped after ${run_timeout} s"; failed_runs=$((failed_runs + 1)) ;;
    *) failed_runs=$((failed_runs + 1)) ;;
  esac
  printf 'run %2d/%d: exit %d in %5.1f s  %s%s\n' "$run" "$runs" "$code" "$seconds" "${summary:-no summary, see $out/run-$run.txt}" "${portability:+  (--portability)}"
done

# Per-sample failures over all runs, from the --json reports.
node - "$out" "$runs" <<'EOF'
const fs = require('fs'), path = require('path');
const [dir, runs] = [process.argv[2], Number(process.argv[3])];
const ok = new Set(['passed', 'updated', 'skipped']);
const checks = new Map();
const ranAgain = new Map();
let reports = 0;
for (let run = 1; run <= runs; run++) {
  const file = path.join(dir, `run-${run}.json`);
  if (!fs.existsSync(file)) continue;
  reports++;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const sample of report.totals.ranAgain ?? []) ranAgain.set(sample, (ranAgain.get(sample) ?? 0) + 1);
  for (const r of report.records) {
    const key = `${r.page}:${r.line} ${r.sample ?? r.kind}${r.region ? '#' + r.region : ''}${r.kind === 'portability' ? ' (portability)' : ''}`;
    const c = checks.get(key) ?? { failures: 0, statuses: new Map(), message: '', maxMs: 0 };
    c.maxMs = Math.max(c.maxMs, r.wallMs);
    if (!ok.has(r.status)) {
      c.failures++;
      c.statuses.set(r.status, (c.statuses.get(r.status) ?? 0) + 1);
      c.message ||= r.message;
    }
    checks.set(key, c);
  }
}
const failing = [...checks].filter(([, c]) => c.failures > 0);
const line = ([key, c]) => `  ${String(c.failures).padStart(3)}/${reports}  ${key}  ` +
  `[${[...c.statuses].map(([s, n]) => `${s} ×${n}`).join(', ')}]  ${c.message.split('\n')[0].slice(0, 160)}`;
const flaky = failing.filter(([, c]) => c.failures < reports), always = failing.filter(([, c]) => c.failures === reports);
console.log(`\n${reports} of ${runs} runs left a JSON report; ${checks.size} checks each run`);
console.log(`flaky (failed in some runs, passed in others): ${flaky.length}`);
flaky.sort((a, b) => b[1].failures - a[1].failures).forEach(f => console.log(line(f)));
console.log(`failed in every run (not flaky: drift, missing output or a broken sample): ${always.length}`);
always.forEach(f => console.log(line(f)));
console.log(`printed otherwise at first and were judged on a second run alone (passed, but sensitive to load): ${ranAgain.size}`);
[...ranAgain].sort((a, b) => b[1] - a[1]).forEach(([sample, n]) => console.log(`  ${String(n).padStart(3)}/${reports}  ${sample}`));
const slowest = [...checks].filter(([k]) => !k.includes(' link') && !k.includes(' toc')).sort((a, b) => b[1].maxMs - a[1].maxMs).slice(0, 5);
console.log('slowest under load (longest run of the sample in any run):');
slowest.forEach(([key, c]) => console.log(`  ${(c.maxMs / 1000).toFixed(1).padStart(6)} s  ${key}`));
EOF

echo "soak: $((runs - failed_runs)) of $runs runs passed"
((failed_runs == 0))
