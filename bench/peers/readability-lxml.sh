#!/usr/bin/env bash
# readability-lxml (Debian's python3-readability) over the 181 + 621 benchmark pages, one Python
# process, for the speed comparison in bench/results/. Installs with apt; never run by tests.
#   bench/peers/readability-lxml.sh [rounds]      (TRIANGULATE_SHARED overrides ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared=${TRIANGULATE_SHARED:-$(cd "$here/../../.." && pwd)/shared}
if ! /usr/bin/python3 -c 'import readability' 2>/dev/null; then
  apt-get install -y -qq python3-readability >/dev/null
fi
/usr/bin/python3 "$here/readability-lxml.py" "$shared/data/extraction" "${1:-1}"
