#!/usr/bin/env bash
# Speed side by side on the same 181 + 621 pages, in one run: our HtmlExtractor through BenchmarkDotNet
# (ExtractionCorpusBenchmarks.ExtractHtmlPages: one thread, default job, mean ± error for all 802 pages),
# then Mozilla Readability (jsdom) and readability-lxml, one process each.
#   bench/peers/compare.sh [peer rounds]       (TRIANGULATE_SHARED overrides ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=${1:-1}
(cd "$root" && dotnet run -c Release --project bench/Triangulate.Benchmarks -- --filter '*ExtractionCorpusBenchmarks.ExtractHtmlPages*' --buildTimeout 900)
"$here/readability-js.sh" "$rounds"
"$here/readability-lxml.sh" "$rounds"
