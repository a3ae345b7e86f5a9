#!/usr/bin/env bash
# Builds DocRunner when its sources changed since the last build, then prints the path of the DLL to run.
# Used by ./docrunner and the benchmark and soak scripts, so they all run the same build.
#
# The build is published ReadyToRun for this machine's runtime: Roslyn and the tool arrive precompiled, which
# saves most of the JIT time that the tool and every worker process it starts would otherwise pay (about a third
# of the CPU of a cold verify). Where that publish fails, a plain Release build is used and a note says so.
# Output goes to obj/docrunner/tool (ignored by git), outside the project folder, so the tests' own Debug
# build of the project and this one never share an obj folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tools/DocRunner"
artifacts="$root/obj/docrunner/tool"
stamp="$artifacts/built-from-sources.stamp"
path_file="$artifacts/dll-path.txt"

is_current() {
  [[ -f $stamp && -f $path_file && -f $(cat "$path_file") ]] || return 1
  local newer
  newer=$(find "$project" -path "$project/bin" -prune -o -path "$project/obj" -prune -o -type f \
    \( -name '*.cs' -o -name '*.csproj' \) -newer "$stamp" -print -quit 2>/dev/null)
  [[ -z $newer ]]
}

if ! is_current; then
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  mkdir -p "$artifacts"
  touch "$artifacts/build-started.stamp"
  rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
  quiet=(-nologo -v:q -clp:ErrorsOnly)
  if [[ -n $rid ]] && log=$(dotnet publish "$project" -c Release -r "$rid" --self-contained false \
      -p:PublishReadyToRun=true --artifacts-path "$artifacts" "${quiet[@]}" 2>&1); then
    echo "$artifacts/publish/DocRunner/release_$rid/DocRunner.dll" >"$path_file"
  else
    [[ -n ${log:-} ]] && printf '%s\n' "$log" | tail -5 >&2
    echo "build-docrunner: no ReadyToRun publish for runtime '${rid:-unknown}'; using a plain Release build" >&2
    dotnet build "$project" -c Release --artifacts-path "$artifacts" "${quiet[@]}" >&2
    echo "$artifacts/bin/DocRunner/release/DocRunner.dll" >"$path_file"
  fi
  # The stamp takes the time the build started, so a source saved during the build is built next time.
  mv "$artifacts/build-started.stamp" "$stamp"
fi
cat "$path_file"
