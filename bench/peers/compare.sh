#!/usr/bin/env bash
# Speed side by side: our HtmlExtractor (2 worker threads, one process) against Mozilla Readability
# (jsdom) and readability-lxml (one process each), on the same 181 + 621 pages, in one run.
#   bench/peers/compare.sh [rounds]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=${1:-3}
dotnet build -c Release "$root/bench/Triangulate.Extraction.Harness" >/dev/null
dotnet "$root/bench/Triangulate.Extraction.Harness/bin/Release/net10.0/Triangulate.Extraction.Harness.dll" speed "$rounds" 2
"$here/readability-js.sh" 1
"$here/readability-lxml.sh" 1
