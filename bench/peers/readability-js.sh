#!/usr/bin/env bash
# Mozilla Readability 0.6 (with jsdom) over the 181 + 621 benchmark pages, one Node process, for the
# speed comparison in bench/results/. Installs into a scratch folder from npm; never run by tests.
#   bench/peers/readability-js.sh [rounds]        (TRIANGULATE_SHARED overrides ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared=${TRIANGULATE_SHARED:-$(cd "$here/../../.." && pwd)/shared}
work=${PEERS_WORK:-/tmp/triangulate-peers/readability-js}
mkdir -p "$work"
if [ ! -d "$work/node_modules/@mozilla/readability" ] || [ ! -d "$work/node_modules/jsdom" ]; then
  (cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent @mozilla/readability@0.6 jsdom >/dev/null)
fi
NODE_PATH="$work/node_modules" node "$here/readability-js.cjs" "$shared/data/extraction" "${1:-1}"
