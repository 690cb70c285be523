#!/usr/bin/env bash
# Peer baseline for story clustering: scikit-learn TF-IDF + agglomerative clustering, threshold tuned on
# dev, scored on the test splits of ../shared/data/stories. Installs Debian's python3-sklearn when it is
# missing (needs root and the Debian mirror). Never run by the tests.
# Usage: bench/peers/sklearn-clustering.sh [path/to/shared/data/stories]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${1:-$here/../../../shared/data/stories}"
if ! /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
  apt-get update
  apt-get install -y python3-sklearn
fi
/usr/bin/python3 -c 'import sklearn; print("scikit-learn", sklearn.__version__)'
exec /usr/bin/python3 "$here/sklearn_clustering.py" "$data"
