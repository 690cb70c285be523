#!/usr/bin/env bash
# Regenerates docs/screenshots/report-*.png: analyses the demo corpus into a temporary folder, then photographs the
# report site in Debian's chromium (/usr/bin/chromium; nothing is downloaded). Run from anywhere.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet run --project "$repo/src/Triangulate.Cli" -- analyze "$repo/samples/demo" --out "$work/demo" --quiet
dotnet run --project "$repo/tools/screenshots" -- "$work/demo/report" "$repo/docs/screenshots"
