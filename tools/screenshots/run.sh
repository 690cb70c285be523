#!/usr/bin/env bash
# Regenerates docs/screenshots/report-*.png and ui-story*.png: analyses the demo corpus into a temporary folder,
# serves that store with 'triangulate serve' on a local port, then photographs the report site and the web UI's
# story page in Debian's chromium (/usr/bin/chromium; nothing is downloaded). Run from anywhere.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
port="${TRIANGULATE_SCREENSHOT_PORT:-5399}"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
dotnet build "$repo/src/Triangulate.Cli" --nologo -v quiet
cli="$repo/src/Triangulate.Cli/bin/Debug/net10.0/triangulate.dll"
dotnet "$cli" analyze "$repo/samples/demo" --out "$work/demo" --quiet
dotnet "$cli" serve --db "$work/demo/triangulate.db" --urls "http://127.0.0.1:$port" --quiet > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/health" > /dev/null 2>&1; then break; fi
  sleep 1
done
dotnet run --project "$repo/tools/screenshots" -- "$work/demo/report" "$repo/docs/screenshots" "http://127.0.0.1:$port/"
