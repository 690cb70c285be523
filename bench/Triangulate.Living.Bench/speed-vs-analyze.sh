#!/bin/bash
# Side by side in one run: a batch `triangulate analyze` (MAIN_DLL: e.g. main's build) and the living engine's
# streaming ingest with every stage, on the same input, each under /usr/bin/time (wall, CPU, max RSS).
# usage: bench/Triangulate.Living.Bench/speed-vs-analyze.sh MAIN_DLL INPUT [WORK_DIR]
set -u
MAIN=$1; IN=$2; WORK=${3:-/tmp/living-speed}
B=bench/Triangulate.Living.Bench/bin/Release/net10.0/Triangulate.Living.Bench.dll
rm -rf "$WORK"; mkdir -p "$WORK"
echo "== batch analyze on $IN; load $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KiB" dotnet "$MAIN" analyze "$IN" --out "$WORK/analyze" --quiet 2>&1 | tail -5
echo "== living streaming ingest (every stage) on $IN; load $(cut -d' ' -f1-3 /proc/loadavg)"
# The bench's csproj asks for TieredPGO; run it with the CLI's JIT settings (Triangulate.Cli.csproj, docs/living.md).
DOTNET_TieredPGO=0 DOTNET_TC_QuickJit=0 /usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KiB" dotnet "$B" speed "$IN" "$WORK/speed.db" 2>&1 | tail -5
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
