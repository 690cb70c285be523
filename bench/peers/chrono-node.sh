#!/usr/bin/env bash
# Peer comparison: chrono-node (npm) on the TempEval-3 platinum test set, scored by our own scorer.
# Installs chrono-node into bench/peers/chrono-node/ (git-ignored node_modules), writes its predictions to
# bench/peers/out/chrono-node.json, then runs the Quality test that scores a peer file the same way as
# TemporalTagger. Never run by the test suite. Usage: bench/peers/chrono-node.sh [chrono-node version]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
version="${1:-2.10.3}"
shared="${TRIANGULATE_SHARED:-$repo/../shared}"
platinum="$shared/data/timex/test/te3-platinum"
[ -d "$platinum" ] || { echo "TempEval-3 platinum not found at $platinum (set TRIANGULATE_SHARED)" >&2; exit 2; }

mkdir -p "$here/chrono-node" "$here/out"
if [ ! -d "$here/chrono-node/node_modules/chrono-node" ]; then
  (cd "$here/chrono-node" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund "chrono-node@$version" >/dev/null)
fi

TZ=UTC node "$here/chrono-timex.mjs" "$platinum" "$here/out/chrono-node.json"
TRIANGULATE_TIMEX_PEER="$here/out/chrono-node.json" TRIANGULATE_TIMEX_DUMP="$here/out" \
  dotnet test "$repo/tests/Triangulate.Quality" --filter "FullyQualifiedName~Timex.TimexQualityTests" --nologo -v q >/dev/null
echo "chrono-node $version: $(cat "$here/out/chrono-node.json.score.txt")"
echo "TemporalTagger:     $(cat "$here/out/timex-test-score.txt")"
