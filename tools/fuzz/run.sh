#!/usr/bin/env bash
# Fuzzes every Triangulate reader and extraction step with afl++ and SharpFuzz, one target at a time.
#
#   tools/fuzz/run.sh [SECONDS_PER_TARGET] [EXECS_PER_TARGET] [TARGET...]
#
# Defaults: 600 s or 100,000 executions per target, whichever comes first; every target. Each target stops at
# its own limit, then its crashes and hangs (over 2 s) are copied into tools/fuzz/regressions/TARGET/, which
# tests/Triangulate.Reliability.Tests replays on every test run. The last lines are one row per target:
# "TARGET execs=N crashes=N hangs=N seconds=N". Needs afl++ (apt-get install afl++) and the SharpFuzz tool
# (dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0); installs both when missing and it can.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
execs="${2:-100000}"
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(text html rss atom jsonl sniff extract-html extract-text clean)
fi

work="${FUZZ_WORK:-/tmp/triangulate-fuzz}"
out="$work/bin"
export PATH="$PATH:$HOME/.dotnet/tools"
command -v afl-fuzz >/dev/null || { apt-get update -qq && apt-get install -y -qq afl++; }
command -v sharpfuzz >/dev/null || dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0

# A Release build whose own assemblies carry afl's coverage probes (SharpFuzz rewrites them in place).
rm -rf "$out" && mkdir -p "$out"
dotnet publish bench/Triangulate.Fuzz -c Release -o "$out" --nologo -v q
for dll in Triangulate.Core Triangulate.Ingest Triangulate.Extraction; do
  sharpfuzz "$out/$dll.dll" >/dev/null
done

# afl++ wants a core pattern and CPU affinity it cannot have in a shared container; neither matters here.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_QUIET=1
export AFL_SKIP_CPUFREQ=1 AFL_FORKSRV_INIT_TMOUT=20000 DOTNET_TieredPGO=0

summary=()
for target in "${targets[@]}"; do
  findings="$work/findings/$target"
  rm -rf "$findings" && mkdir -p "$(dirname "$findings")"
  start=$(date +%s)
  # -t 2000: an input that runs over 2 s is a hang; -m none: .NET reserves far more address space than it uses.
  afl-fuzz -i "tools/fuzz/seeds/$target" -o "$findings" -t 2000 -m none -V "$seconds" -E "$execs" \
    -- dotnet "$out/Triangulate.Fuzz.dll" "$target" > "$work/$target.log" 2>&1 || true
  stats="$findings/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    echo "$target: afl-fuzz did not start; see $work/$target.log" >&2
    tail -20 "$work/$target.log" >&2
    exit 1
  fi
  get() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
  crashes=$(get saved_crashes); hangs=$(get saved_hangs)
  mkdir -p "tools/fuzz/regressions/$target"
  for kind in crashes hangs; do
    for f in "$findings/default/$kind"/id:*; do
      [ -e "$f" ] || continue
      cp "$f" "tools/fuzz/regressions/$target/$kind-$(sha1sum "$f" | cut -c1-12)"
    done
  done
  summary+=("$target execs=$(get execs_done) crashes=${crashes:-?} hangs=${hangs:-?} seconds=$(( $(date +%s) - start ))")
done
printf '%s\n' "${summary[@]}"
