#!/bin/bash
# Publishes the CLI with ReadyToRun (precompiled) code, framework-dependent, for linux-x64, to OUT (default
# /tmp/triangulate-r2r); run it as `dotnet OUT/triangulate.dll ...`. The SDK picks the crossgen package's version.
#
# What it is for (docs/living.md, "Speed work, round 5"): short commands (`stories`, `story`, `changes`, a
# small `verify`) start with half the CPU (0.31 -> 0.15 s for `stories`), because little code is jitted.
# It does NOT speed up a long `ingest`: with tiering on, nearly every method the run uses is called 30 times and
# jitted again at tier 1 (5,800-8,200 methods on 3,359 articles, against 7,700-7,900 without R2R), and with tiering
# off the precompiled code is slower than the jitted code by about what the JIT saves (all of newsdocs: plain 107.8 s
# CPU, R2R 110.2 s; a self-contained composite with tiering off 122.2 s against 105.0 s). The CLI's csproj settings (TieredCompilationQuickJit
# and TieredPGO false) apply to both builds.
# Usage: bench/publish-r2r.sh [OUT]
set -euo pipefail
out=${1:-/tmp/triangulate-r2r}
cd "$(dirname "$0")/.."
dotnet publish src/Triangulate.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out"
echo "published: dotnet $out/triangulate.dll"
