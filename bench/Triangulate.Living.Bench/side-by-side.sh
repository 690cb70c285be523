#!/bin/bash
# Two builds of the CLI side by side on one input: alternating runs, a fresh store each, CPU (user + sys) and wall
# from /usr/bin/time, ms of CPU an article, the load average at each start, and each run's --timings lines.
# Usage: side-by-side.sh BASE_DLL NEW_DLL INPUT [RUNS]
#   e.g. build main to /tmp/base (dotnet build src/Triangulate.Cli -c Release; cp -r its bin/Release/net10.0 /tmp/base), then
#   bench/Triangulate.Living.Bench/side-by-side.sh /tmp/base/triangulate.dll src/Triangulate.Cli/bin/Release/net10.0/triangulate.dll ../shared/data/newsdocs 3
set -euo pipefail
base=$1; new=$2; input=$3; runs=${4:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -d "$input" ]; then n=$(cat "$input"/*.jsonl | wc -l); else n=$(wc -l < "$input"); fi
echo "input $input ($n articles), $(date -u +%H:%M) UTC"
for r in $(seq 1 "$runs"); do
  for v in base new; do
    dll=$base; [ $v = new ] && dll=$new
    rm -f "$work"/x.db*
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    /usr/bin/time -o "$work/time" -f "%U %S %e %M" dotnet "$dll" ingest "$input" --db "$work/x.db" --quiet --timings > "$work/out" 2>&1
    read -r u s e m < "$work/time"
    cpu=$(echo "$u + $s" | bc)
    printf "%-4s run %d: cpu %6.2f s (user %s sys %s) wall %6.2f s  %.3f ms cpu/article  rss %d MiB  load %s\n" \
      $v "$r" "$cpu" "$u" "$s" "$e" "$(echo "$cpu * 1000 / $n" | bc -l)" $((m / 1024)) "$load"
    grep -E "^stage time|^writer time|^jit" "$work/out" | sed 's/^/      /'
  done
done
echo "end $(date -u +%H:%M) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
