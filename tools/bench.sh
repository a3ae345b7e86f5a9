#!/usr/bin/env bash
# DocRunner's performance figures, measured on this machine:
#   cold verify of the whole guide, its floor (from --json) and the ratio; the same samples with `dotnet run`
#   one after another; verify with nothing changed and after one edited sample; peak memory of the process
#   tree; and a synthetic scale run with generated samples.
# Usage: tools/bench.sh [--skip-dotnet-run] [--scale "250 500 1000"]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
skip_loop=0; scale="250 500 1000"
while (($#)); do
  case "$1" in
    --skip-dotnet-run) skip_loop=1 ;;
    --scale) scale="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
out="$(mktemp -d /tmp/docrunner-bench-XXXX)"
dll=$(tools/build-docrunner.sh)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

now() { date +%s.%N; }
# A measured command that failed: say so, and keep its output.
warn_if_failed() {
  (($1 == 0)) && return
  echo "warning: '$2' exited with $1; its figures do not count (output in $out/failed-$1.txt)" >&2
  cp "$out/last.txt" "$out/failed-$1.txt"
}
# Runs a command, sampling the summed RSS of it and all its descendants every 100 ms.
# Sets: elapsed (s), peak_mb.
measure() {
  local start pid peak=0 rss
  start=$(now)
  "$@" >"$out/last.txt" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(ps -e -o pid=,ppid=,rss= | awk -v root="$pid" '
      { parent[$1]=$2; size[$1]=$3 }
      END { for (p in size) { q=p; while (q != "" && q != 0 && q != root) q=parent[q]; if (q == root) sum += size[p] } print sum+0 }')
    ((rss > peak)) && peak=$rss
    sleep 0.1
  done
  status=0; wait "$pid" || status=$?
  elapsed=$(echo "$(now) - $start" | bc)
  warn_if_failed "$status" "$*"
  peak_mb=$((peak / 1024))
}

# Wall time alone, without the sampler: on 2 cores its ps and awk every 100 ms would slow what it times.
# Sets: elapsed (s).
timed() {
  local start status=0
  start=$(now)
  "$@" >"$out/last.txt" 2>&1 || status=$?
  elapsed=$(echo "$(now) - $start" | bc)
  warn_if_failed "$status" "$*"
}

# The median of five runs of a command that sets elapsed: one short run moves by a few tenths on a busy VM.
median_of_5() {
  local runs=()
  for _ in 1 2 3 4 5; do "$@"; runs+=("$elapsed"); done
  local sorted
  sorted=$(printf '%s\n' "${runs[@]}" | sort -n)
  elapsed=$(awk 'NR == 3' <<<"$sorted")
  spread=$(awk 'NR == 1 { lo = $1 } END { printf "%.2f-%.2f", lo, $1 }' <<<"$sorted")
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), .NET $(dotnet --version)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

median_of_5 timed dotnet "$dll" --help
start_s=$elapsed
# As on a fresh machine: no restore stamps, and the SDK's file-based program builds in a folder of their own.
rm -rf obj/docrunner/restored
mkdir -p "$out/xdg-verify" "$out/xdg"
XDG_DATA_HOME="$out/xdg-verify" timed dotnet "$dll" verify --no-cache
fresh=$elapsed
timed dotnet "$dll" verify --no-cache --json "$out/cold.json"
cold=$elapsed
tail -1 "$out/last.txt"
measure dotnet "$dll" verify --no-cache   # a second cold run, sampled for memory only
cold_mb=$peak_mb
read -r longest cpu cores samples < <(node -e '
  const t = require(process.argv[1]).totals;
  console.log(t.longestSampleMs / 1000, t.cpuSeconds, t.cores, t.samplesRun)' "$out/cold.json")
floor=$(echo "m = $longest; c = $cpu / $cores; if (c > m) m = c; m + $start_s" | bc -l)

dotnet "$dll" verify >/dev/null 2>&1 || true   # fills the cache with every successful run
median_of_5 timed dotnet "$dll" verify
cached=$elapsed; cached_spread=$spread
# One edit to a sample that runs in a shared worker, one to a web sample, which needs a process of its own.
edit_and_verify() {
  local sample="$1"
  [[ -f $sample ]] || sample=$(git ls-files 'samples/*.cs' | awk 'NR == 1')
  cp "$sample" "$out/edited.bak"
  printf '\n// edited by tools/bench.sh at %s\n' "$(date +%s%N)" >>"$sample"   # unique, so no earlier result is cached
  timed dotnet "$dll" verify
  cp "$out/edited.bak" "$sample"
  edited_name=$sample
}
median_of_5 edit_and_verify samples/async-await/hot-task.cs
one_edit=$elapsed; one_edit_name=$edited_name; one_edit_spread=$spread
median_of_5 edit_and_verify samples/aspnet-core/minimal-api.cs
web_edit=$elapsed; web_edit_name=$edited_name; web_edit_spread=$spread

# Every embedded sample with `dotnet run`, one after another: first with build artifacts of its own, as on a
# fresh machine (XDG_DATA_HOME moves the SDK's file-based program cache), then again with those builds done.
loop="skipped"; warm_loop="skipped"
if ((skip_loop == 0)); then
  mapfile -t files < <(grep -rhoE '\(\.\./samples/[^)#]+\.cs' docs | sed 's|(../||' | sort -u)
  loop_failures=0
  run_all() {
    for f in "${files[@]}"; do
      (cd "$(mktemp -d)" && timeout 120 dotnet run "$root/$f" >/dev/null 2>&1) || loop_failures=$((loop_failures + 1))
    done
  }
  export XDG_DATA_HOME="$out/xdg"
  start=$(now); run_all; loop=$(echo "$(now) - $start" | bc)
  start=$(now); run_all; warm_loop=$(echo "$(now) - $start" | bc)
  unset XDG_DATA_HOME
  # Samples that exit with an error code on purpose (a crash shown safely) count here too; compare with verify.
  echo "dotnet run loop: ${#files[@]} samples per loop, $loop_failures non-zero exits over both loops"
fi

printf '\n| figure | value |\n| --- | --- |\n'
printf '| samples run | %s |\n' "$samples"
printf '| tool start (median of 5) | %.2f s |\n' "$start_s"
printf '| verify --no-cache, fresh machine (package samples restored and built) | %.1f s |\n' "$fresh"
printf '| cold verify (wall; no result cache, package builds already made) | %.1f s |\n' "$cold"
printf '| floor = max(longest sample %.1f s, CPU %.1f s / %s cores) + start | %.1f s |\n' "$longest" "$cpu" "$cores" "$floor"
printf '| cold / floor | %.2f |\n' "$(echo "$cold / $floor" | bc -l)"
if [[ $loop != skipped ]]; then
  printf '| dotnet run, one after another, fresh builds | %.1f s |\n' "$loop"
  printf '| speed-up over that loop (fresh verify) | %.1fx |\n' "$(echo "$loop / $fresh" | bc -l)"
  printf '| dotnet run, one after another, builds already made | %.1f s |\n' "$warm_loop"
  printf '| speed-up over that loop (cold verify) | %.1fx |\n' "$(echo "$warm_loop / $cold" | bc -l)"
fi
printf '| verify, nothing changed (cached; median of 5, range %s) | %.2f s |\n' "$cached_spread" "$cached"
printf '| verify after one edited sample (%s; median of 5, range %s) | %.2f s |\n' "$one_edit_name" "$one_edit_spread" "$one_edit"
printf '| verify after one edited web sample (%s; median of 5, range %s) | %.2f s |\n' "$web_edit_name" "$web_edit_spread" "$web_edit"
printf '| peak memory, whole process tree (a second cold verify, sampled every 100 ms) | %s MB |\n' "$cold_mb"

if [[ -n $scale ]]; then
  printf '\n| generated samples | cold verify | peak memory |\n| --- | --- | --- |\n'
  for n in $scale; do
    synthetic="$out/scale-$n"
    mkdir -p "$synthetic/docs" "$synthetic/samples/gen"
    cp samples/Directory.Build.props "$synthetic/samples/"
    echo '{ "build": { "content": [ { "files": [ "docs/**/*.md", "docs/**/toc.yml" ] } ] } }' >"$synthetic/docfx.json"
    : >"$synthetic/docs/toc.yml"
    for ((page = 0; page < n / 50; page++)); do
      echo "- name: Page $page" >>"$synthetic/docs/toc.yml"; echo "  href: p$page.md" >>"$synthetic/docs/toc.yml"
      {
        echo "# Page $page"; echo
        for ((i = 0; i < 50; i++)); do
          k=$((page * 50 + i))
          printf 'var started = %d;\nawait Task.Delay(%d);\nConsole.WriteLine($"sample {started} done");\n' "$k" $((k % 5 * 50)) >"$synthetic/samples/gen/s$k.cs"
          printf '[!code-csharp[samples/gen/s%d.cs](../samples/gen/s%d.cs)]\n\n' "$k" "$k"
        done
      } >"$synthetic/docs/p$page.md"
    done
    dotnet "$dll" update --no-cache --root "$synthetic" >/dev/null 2>&1 || true
    measure dotnet "$dll" verify --no-cache --root "$synthetic"
    printf '| %s | %.1f s | %s MB |\n' "$n" "$elapsed" "$peak_mb"
  done
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); raw files in $out"
